import type { ResolvedTimeouts } from './resolve-upstream-settings'

export type ExpiredWait = 'first-byte' | 'idle' | 'total'

/**
 * The waits on one upstream attempt: time to the response head, the gap between two events,
 * and the whole attempt. One timer, re-armed only when it fires: marking progress is a field
 * write, not a timer refresh per event. The idle wait counts only while the gateway waits on
 * the upstream; time spent waiting on a slow client (backpressure) is not the upstream's.
 */
export interface AttemptClock {
  /** The response head arrived: from now on the idle wait applies. */
  headArrived(): void
  /** An event (or, if the route says so, a comment) arrived. */
  progress(): void
  /** The gateway waits on the client, not on the upstream. */
  pause(): void
  resume(): void
  dispose(): void
}

export function startAttemptClock(
  timeouts: ResolvedTimeouts,
  onExpired: (wait: ExpiredWait) => void,
): AttemptClock {
  const started = performance.now()
  const totalDue = started + timeouts.totalMs
  let inBody = false
  let paused = false
  let lastProgress = started
  let timer: ReturnType<typeof setTimeout> | undefined
  arm(Math.min(timeouts.firstByteMs, timeouts.totalMs))

  function arm(delay: number): void {
    timer = setTimeout(check, Math.max(1, Math.ceil(delay)))
    timer.unref?.()
  }

  function check(): void {
    timer = undefined
    const now = performance.now()
    if (now >= totalDue) {
      onExpired('total')
      return
    }
    let due: number
    if (!inBody) {
      due = started + timeouts.firstByteMs
      if (now >= due) {
        onExpired('first-byte')
        return
      }
    } else if (paused) {
      // Look again one idle period from now: the wait on the client is not counted.
      due = now + timeouts.idleMs
    } else {
      due = lastProgress + timeouts.idleMs
      if (now >= due) {
        onExpired('idle')
        return
      }
    }
    arm(Math.min(due, totalDue) - now)
  }

  return {
    headArrived() {
      inBody = true
      lastProgress = performance.now()
      // The head wait may be far longer than the idle wait: re-arm for the shorter one.
      if (timer) clearTimeout(timer)
      arm(Math.min(timeouts.idleMs, totalDue - lastProgress))
    },
    progress() {
      lastProgress = performance.now()
    },
    pause() {
      paused = true
    },
    resume() {
      if (!paused) return
      paused = false
      lastProgress = performance.now()
    },
    dispose() {
      if (timer) clearTimeout(timer)
      timer = undefined
    },
  }
}
