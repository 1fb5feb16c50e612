import { type AbortLink, createAbortSwitch } from '../http/abort-link'
import { type AttemptClock, type ExpiredWait, startAttemptClock } from './attempt-clock'
import type { ResolvedTimeouts } from './resolve-upstream-settings'

export type AbortReason = 'client' | ExpiredWait

/**
 * What guards one upstream attempt: its abort link, tied to the client's, and its clock.
 * `reason` says why it was aborted, so a failure is told apart from a timeout or a client that
 * left. `dispose()` unlinks everything and leaves no timer behind.
 */
export interface AttemptGuard {
  readonly link: AbortLink
  readonly clock: AttemptClock
  readonly reason: AbortReason | undefined
  abort(): void
  dispose(): void
}

export function createAttemptGuard(client: AbortLink, timeouts: ResolvedTimeouts): AttemptGuard {
  const link = createAbortSwitch()
  let reason: AbortReason | undefined
  const stop = (why: AbortReason) => {
    if (link.aborted) return
    reason = why
    dispose()
    link.abort()
  }
  let unlink = () => {}
  const clock = startAttemptClock(timeouts, stop)
  if (client.aborted) stop('client')
  else unlink = client.onAbort(() => stop('client'))

  function dispose(): void {
    clock.dispose()
    unlink()
  }

  return {
    link,
    clock,
    get reason() {
      return reason
    },
    abort() {
      dispose()
      link.abort()
    },
    dispose,
  }
}
