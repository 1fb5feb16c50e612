import { ChatwireError } from '@chatwire/core'
import type { InboundDialect } from '../dialects/inbound-dialect'

/**
 * Load shedding: at most `maxConcurrent` chat requests in flight and `maxInflightBytes` of
 * request bodies held by them. Past either, the request is refused at once with a 503 and
 * `Retry-After`, so memory stays bounded whatever the clients send.
 */
export interface Admission {
  /** False when the gateway is full: answer {@link overloaded}. */
  enter(): boolean
  leave(): void
  /** Reserves body bytes; false when the budget is spent (nothing was taken). */
  take(bytes: number): boolean
  give(bytes: number): void
  readonly inFlight: number
}

export function createAdmission(maxConcurrent: number, maxInflightBytes: number): Admission {
  let inFlight = 0
  let bytes = 0
  return {
    enter() {
      if (inFlight >= maxConcurrent) return false
      inFlight++
      return true
    },
    leave() {
      inFlight--
    },
    take(count) {
      if (bytes + count > maxInflightBytes) return false
      bytes += count
      return true
    },
    give(count) {
      bytes -= count
    },
    get inFlight() {
      return inFlight
    },
  }
}

/** Seconds a shed client is asked to wait. */
const SHED_RETRY_AFTER_SECONDS = 1

const OVERLOADED_CODE = 'gateway_overloaded'

export function overloaded(what: string): ChatwireError {
  return new ChatwireError({
    kind: 'overloaded',
    code: OVERLOADED_CODE,
    message: `The gateway is at its limit of ${what}; retry shortly.`,
    retryAfter: SHED_RETRY_AFTER_SECONDS,
  })
}

/**
 * The gateway's own overload as the client's server would say it (its dialect's `refuse`, which
 * may choose another status or envelope its clients retry). Any other error is returned as it is.
 */
export function overloadedIn(inbound: Pick<InboundDialect, 'refuse'>, error: unknown): unknown {
  if (!ChatwireError.isInstance(error) || error.code !== OVERLOADED_CODE) return error
  return inbound.refuse({
    reason: 'overloaded',
    kind: 'overloaded',
    status: 503,
    message: error.message,
    code: OVERLOADED_CODE,
    ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
  })
}
