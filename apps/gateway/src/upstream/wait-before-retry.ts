import type { ChatwireError } from '@chatwire/core'
import { ClientClosedError } from './open-upstream'

const FIRST_DELAY_MS = 200
/** A longer `Retry-After` is not waited for: the next fallback (or the error) serves the client. */
export const MAX_RETRY_WAIT_MS = 5000

/** How long to wait before retrying the same upstream: its `Retry-After`, else 200 ms doubling. */
export function retryDelayMs(error: ChatwireError, round: number): number {
  if (error.retryAfter !== undefined) return error.retryAfter * 1000
  return Math.min(FIRST_DELAY_MS * 2 ** round, MAX_RETRY_WAIT_MS)
}

/** Resolves after `ms`; rejects with ClientClosedError (and clears the timer) if the client leaves. */
export function waitBeforeRetry(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ClientClosedError())
    const onAbort = () => {
      clearTimeout(timer)
      reject(new ClientClosedError())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
