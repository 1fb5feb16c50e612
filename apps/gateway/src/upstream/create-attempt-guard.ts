import { type AttemptClock, type ExpiredWait, startAttemptClock } from './attempt-clock'
import type { ResolvedTimeouts } from './resolve-upstream-settings'

export type AbortReason = 'client' | ExpiredWait

/**
 * What guards one upstream attempt: its abort controller, linked to the client's signal, and
 * its clock. `reason` says why it was aborted, so a failure is told apart from a timeout or a
 * client that left. `dispose()` unlinks everything and leaves no timer behind.
 */
export interface AttemptGuard {
  readonly signal: AbortSignal
  readonly clock: AttemptClock
  readonly reason: AbortReason | undefined
  abort(): void
  dispose(): void
}

export function createAttemptGuard(
  clientSignal: AbortSignal,
  timeouts: ResolvedTimeouts,
): AttemptGuard {
  const controller = new AbortController()
  let reason: AbortReason | undefined
  const stop = (why: AbortReason) => {
    if (controller.signal.aborted) return
    reason = why
    dispose()
    controller.abort()
  }
  const onClientAbort = () => stop('client')
  const clock = startAttemptClock(timeouts, stop)
  if (clientSignal.aborted) stop('client')
  else clientSignal.addEventListener('abort', onClientAbort, { once: true })

  function dispose(): void {
    clock.dispose()
    clientSignal.removeEventListener('abort', onClientAbort)
  }

  return {
    signal: controller.signal,
    clock,
    get reason() {
      return reason
    },
    abort() {
      dispose()
      if (!controller.signal.aborted) controller.abort()
    },
    dispose,
  }
}
