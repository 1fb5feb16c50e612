import type { ChatwireError } from '@chatwire/core'
import { ClientClosedError } from '../failures/client-closed-error'
import type { AbortLink } from '../http/abort-link'

const FIRST_DELAY_MS = 200
/** Every retry waits at least this long, even when an upstream says `Retry-After: 0`. */
export const RETRY_FLOOR_MS = 100
/** A longer `Retry-After` is not waited for: the next fallback (or the error) serves the client. */
export const MAX_RETRY_WAIT_MS = 5000

/**
 * How long to wait before retrying the same upstream: its `Retry-After` (never under the
 * floor), else 200 ms doubling; plus up to 25% jitter so retries of many clients spread out.
 * `undefined` when the upstream asks for more than {@link MAX_RETRY_WAIT_MS}: don't retry it.
 */
export function retryDelayMs(
  error: ChatwireError,
  round: number,
  random: () => number = Math.random,
): number | undefined {
  const retryAfter = error.retryAfter
  let base = Math.min(FIRST_DELAY_MS * 2 ** round, MAX_RETRY_WAIT_MS)
  if (retryAfter !== undefined && !Number.isNaN(retryAfter)) {
    if (retryAfter * 1000 > MAX_RETRY_WAIT_MS) return undefined
    base = Math.max(RETRY_FLOOR_MS, retryAfter * 1000)
  }
  return base + Math.floor(base * 0.25 * random())
}

/** Resolves after `ms`; rejects with ClientClosedError (and clears the timer) if the client leaves. */
export function waitBeforeRetry(ms: number, client: AbortLink): Promise<void> {
  return new Promise((resolve, reject) => {
    if (client.aborted) return reject(new ClientClosedError())
    const timer = setTimeout(() => {
      unsubscribe()
      resolve()
    }, ms)
    const unsubscribe = client.onAbort(() => {
      clearTimeout(timer)
      reject(new ClientClosedError())
    })
  })
}
