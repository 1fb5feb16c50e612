import type { QuotaCharge, QuotaVerdict } from './quota-store'

/** A bucket as stored: its units at `updatedAt` (ms); it refills from there. */
export interface BucketState {
  tokens: number
  updatedAt: number
}

/** Reads and writes bucket states: a Map in memory, a Durable Object's storage… */
export interface BucketStates {
  get(bucket: string): BucketState | undefined
  set(bucket: string, state: BucketState): void
}

/** Units in the bucket at `now`: full when never used, refilled at `limit` per `periodMs`. */
export function levelAt(state: BucketState | undefined, charge: QuotaCharge, now: number): number {
  if (!state) return charge.limit
  const elapsed = Math.max(0, now - state.updatedAt)
  return Math.min(charge.limit, state.tokens + (elapsed * charge.limit) / charge.periodMs)
}

/** Milliseconds until a bucket at `level` holds `amount` (0 when it already does). */
export function waitFor(level: number, charge: QuotaCharge): number {
  if (level >= charge.amount) return 0
  return Math.ceil(((charge.amount - level) * charge.periodMs) / charge.limit)
}

/**
 * All or nothing: takes every charge when every bucket holds its amount, else none. A refusal
 * names the first bucket short of units and the wait after which all of them hold enough
 * (the longest of their waits), so a client that waits that long is not refused again for
 * another of its buckets.
 */
export function takeCharges(
  states: BucketStates,
  charges: readonly QuotaCharge[],
  now: number,
): QuotaVerdict {
  const levels = charges.map((charge) => levelAt(states.get(charge.bucket), charge, now))
  let refused: string | undefined
  let retryAfterMs = 0
  charges.forEach((charge, index) => {
    const wait = waitFor(levels[index] as number, charge)
    if (wait === 0) return
    refused ??= charge.bucket
    retryAfterMs = Math.max(retryAfterMs, wait)
  })
  if (refused !== undefined) return { allowed: false, bucket: refused, retryAfterMs }
  charges.forEach((charge, index) => {
    states.set(charge.bucket, { tokens: (levels[index] as number) - charge.amount, updatedAt: now })
  })
  return { allowed: true }
}

/**
 * Adds `amount` units of use to each bucket without checking (negative gives back, never
 * above the limit): a bucket may go below zero, and requests then wait for it to refill.
 */
export function settleCharges(
  states: BucketStates,
  charges: readonly QuotaCharge[],
  now: number,
): void {
  for (const charge of charges) {
    const level = levelAt(states.get(charge.bucket), charge, now)
    const tokens = Math.min(charge.limit, level - charge.amount)
    states.set(charge.bucket, { tokens, updatedAt: now })
  }
}
