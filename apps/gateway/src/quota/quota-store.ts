/**
 * Where per-key limits are counted. One contract, three homes: process memory (single instance),
 * Redis (shared by every instance, atomic scripts) and a Durable Object (Workers).
 *
 * Each bucket is a token bucket: it holds at most `limit` units, refills continuously at
 * `limit` per `periodMs`, and starts full. Stores keep their own clock (Redis reads `TIME`
 * inside its script) so that instances with skewed clocks still agree.
 */
export interface QuotaCharge {
  /** The bucket's identity, e.g. `team-a:rpm`; a store may prefix it. */
  bucket: string
  /** Capacity, refilled over `periodMs`. */
  limit: number
  periodMs: number
  /** Units taken (or, in `settle`, added: negative gives units back). */
  amount: number
}

export type QuotaVerdict =
  | { allowed: true }
  /** `bucket` is the first charge that did not fit; after `retryAfterMs` it would. */
  | { allowed: false; bucket: string; retryAfterMs: number }

export interface QuotaStore {
  /** `memory`, `redis`, `durable-object`… (logs and `/metrics`). */
  readonly kind: string
  /**
   * All or nothing: takes every charge only if every bucket holds its amount now; otherwise
   * takes none. Rejects (never hangs) when the store cannot be reached: the caller applies the
   * configured outage policy.
   */
  take(charges: readonly QuotaCharge[]): Promise<QuotaVerdict>
  /**
   * Corrects an earlier take once the real cost is known (usage at the end of a stream):
   * adds `amount` units of use without checking the limit, so a bucket may go below zero
   * and later requests wait for it to refill.
   */
  settle(charges: readonly QuotaCharge[]): Promise<void>
  /** Releases connections; idempotent. */
  close(): Promise<void>
}

/** Thrown (or rejected with) by a store that cannot answer: unreachable, timed out, broken. */
export class QuotaStoreUnavailable extends Error {
  override readonly name = 'QuotaStoreUnavailable'
}
