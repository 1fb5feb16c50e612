import { describe, expect, it } from 'vitest'
import { createMemoryQuotaStore } from './memory-quota-store'
import type { QuotaCharge } from './quota-store'
import { type BucketState, levelAt, settleCharges, takeCharges, waitFor } from './token-bucket'

const minute = 60_000
const rpm = (limit: number, amount = 1): QuotaCharge => ({
  bucket: 'team-a:rpm',
  limit,
  periodMs: minute,
  amount,
})
const tpm = (limit: number, amount: number): QuotaCharge => ({
  bucket: 'team-a:tpm',
  limit,
  periodMs: minute,
  amount,
})

describe('levelAt', () => {
  it.each([
    ['never used: full', undefined, 0, 60],
    ['refills limit per period', { tokens: 0, updatedAt: 0 }, 30_000, 30],
    ['never above the limit', { tokens: 50, updatedAt: 0 }, minute, 60],
    ['below zero refills from there', { tokens: -30, updatedAt: 0 }, 30_000, 0],
    ['a clock that went back adds nothing', { tokens: 10, updatedAt: 5_000 }, 1_000, 10],
  ])('%s', (_name, state: BucketState | undefined, now, level) => {
    expect(levelAt(state, rpm(60), now)).toBe(level)
  })
})

describe('waitFor', () => {
  it.each([
    [1, 1, 0],
    [0, 1, 1_000],
    [0.5, 1, 500],
    [-59, 1, 60_000],
  ])('level %d, amount %d → %d ms', (level, amount, wait) => {
    expect(waitFor(level, rpm(60, amount))).toBe(wait)
  })
})

describe('takeCharges', () => {
  it('takes until empty, then refuses with the wait until one unit refilled', () => {
    const states = new Map<string, BucketState>()
    for (let index = 0; index < 3; index++)
      expect(takeCharges(states, [rpm(3)], 0)).toEqual({ allowed: true })
    expect(takeCharges(states, [rpm(3)], 0)).toEqual({
      allowed: false,
      bucket: 'team-a:rpm',
      retryAfterMs: 20_000,
    })
    expect(takeCharges(states, [rpm(3)], 20_000)).toEqual({ allowed: true })
  })

  it('takes nothing when one charge does not fit, and waits for the slowest bucket', () => {
    const states = new Map<string, BucketState>()
    expect(takeCharges(states, [rpm(10), tpm(1000, 900)], 0).allowed).toBe(true)
    const verdict = takeCharges(states, [rpm(10), tpm(1000, 400)], 0)
    expect(verdict).toEqual({ allowed: false, bucket: 'team-a:tpm', retryAfterMs: 18_000 })
    expect(states.get('team-a:rpm')?.tokens).toBe(9)
  })
})

describe('settleCharges', () => {
  it.each([
    ['more use than reserved goes below zero', 500, -400],
    ['a refund gives units back', -300, 400],
    ['a refund never fills past the limit', -5000, 1000],
  ])('%s', (_name, amount, tokens) => {
    const states = new Map<string, BucketState>()
    takeCharges(states, [tpm(1000, 900)], 0)
    settleCharges(states, [tpm(1000, amount)], 0)
    expect(states.get('team-a:tpm')?.tokens).toBe(tokens)
  })
})

describe('createMemoryQuotaStore', () => {
  it('counts on the injected clock and lets a settled overdraft delay the next take', async () => {
    let now = 0
    const store = createMemoryQuotaStore({ now: () => now })
    expect(await store.take([tpm(600, 100)])).toEqual({ allowed: true })
    await store.settle([tpm(600, 600)])
    const refused = await store.take([tpm(600, 100)])
    expect(refused).toEqual({ allowed: false, bucket: 'team-a:tpm', retryAfterMs: 20_000 })
    now = 20_000
    expect(await store.take([tpm(600, 100)])).toEqual({ allowed: true })
    await store.close()
  })
})
