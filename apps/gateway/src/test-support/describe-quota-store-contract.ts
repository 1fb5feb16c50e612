import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import type { QuotaCharge, QuotaStore, QuotaVerdict } from '../quota/quota-store'

/** One call at a point of the store's clock, and what it must answer. */
interface QuotaStep {
  atMs: number
  op: 'take' | 'settle'
  /** `[bucket, limit, periodMs, amount]`: short enough to read as a table. */
  charges: [string, number, number, number][]
  /** For `take`: the verdict (`allowed: false` names the bucket as written in `charges`). */
  expect?: QuotaVerdict
}

/**
 * The token bucket of quota-store.ts, by example: every store (memory, Redis, Durable Object)
 * runs these same rows, so they cannot drift apart. Expected numbers are worked out from the
 * contract: capacity `limit`, refill `limit` per `periodMs`, start full, a refusal names the
 * first bucket short of units and waits ceil(missing units × periodMs / limit) for the slowest.
 */
const QUOTA_STORE_CASES: [string, QuotaStep[]][] = [
  [
    'a new bucket starts full, then refuses with the time one unit takes to refill',
    [
      { atMs: 0, op: 'take', charges: [['rpm', 5, 60_000, 5]], expect: { allowed: true } },
      {
        atMs: 0,
        op: 'take',
        charges: [['rpm', 5, 60_000, 1]],
        expect: { allowed: false, bucket: 'rpm', retryAfterMs: 12_000 },
      },
    ],
  ],
  [
    'refills continuously, not per window',
    [
      { atMs: 0, op: 'take', charges: [['rpm', 60, 60_000, 60]], expect: { allowed: true } },
      {
        atMs: 500,
        op: 'take',
        charges: [['rpm', 60, 60_000, 1]],
        expect: { allowed: false, bucket: 'rpm', retryAfterMs: 500 },
      },
      { atMs: 1_000, op: 'take', charges: [['rpm', 60, 60_000, 1]], expect: { allowed: true } },
    ],
  ],
  [
    'rounds a fractional wait up to the next millisecond',
    [
      { atMs: 0, op: 'take', charges: [['t', 3, 1_000, 3]], expect: { allowed: true } },
      {
        atMs: 1,
        op: 'take',
        charges: [['t', 3, 1_000, 1]],
        expect: { allowed: false, bucket: 't', retryAfterMs: 333 },
      },
    ],
  ],
  [
    'never refills past its capacity',
    [
      { atMs: 0, op: 'take', charges: [['rpm', 5, 60_000, 5]], expect: { allowed: true } },
      {
        atMs: 3_600_000,
        op: 'take',
        charges: [['rpm', 5, 60_000, 6]],
        expect: { allowed: false, bucket: 'rpm', retryAfterMs: 12_000 },
      },
      { atMs: 3_600_000, op: 'take', charges: [['rpm', 5, 60_000, 5]], expect: { allowed: true } },
    ],
  ],
  [
    'takes all charges or none, naming the first that does not fit',
    [
      {
        atMs: 0,
        op: 'take',
        charges: [
          ['a', 5, 60_000, 1],
          ['b', 2, 60_000, 2],
        ],
        expect: { allowed: true },
      },
      {
        atMs: 0,
        op: 'take',
        charges: [
          ['a', 5, 60_000, 1],
          ['b', 2, 60_000, 1],
        ],
        expect: { allowed: false, bucket: 'b', retryAfterMs: 30_000 },
      },
      { atMs: 0, op: 'take', charges: [['a', 5, 60_000, 4]], expect: { allowed: true } },
    ],
  ],
  [
    'names the first short bucket and waits for the slowest',
    [
      {
        atMs: 0,
        op: 'take',
        charges: [
          ['rpm', 2, 60_000, 2],
          ['tpm', 100, 60_000, 100],
        ],
        expect: { allowed: true },
      },
      {
        atMs: 0,
        op: 'take',
        charges: [
          ['rpm', 2, 60_000, 1],
          ['tpm', 100, 60_000, 60],
        ],
        expect: { allowed: false, bucket: 'rpm', retryAfterMs: 36_000 },
      },
    ],
  ],
  [
    'settle adds use past the limit and later takes wait for the refill',
    [
      { atMs: 0, op: 'take', charges: [['tpm', 100, 60_000, 10]], expect: { allowed: true } },
      { atMs: 0, op: 'settle', charges: [['tpm', 100, 60_000, 190]] },
      {
        atMs: 0,
        op: 'take',
        charges: [['tpm', 100, 60_000, 1]],
        expect: { allowed: false, bucket: 'tpm', retryAfterMs: 60_600 },
      },
      { atMs: 60_600, op: 'take', charges: [['tpm', 100, 60_000, 1]], expect: { allowed: true } },
    ],
  ],
  [
    'settle with a negative amount gives units back, up to the capacity',
    [
      { atMs: 0, op: 'take', charges: [['tpm', 5, 60_000, 5]], expect: { allowed: true } },
      { atMs: 0, op: 'settle', charges: [['tpm', 5, 60_000, -2]] },
      { atMs: 0, op: 'take', charges: [['tpm', 5, 60_000, 2]], expect: { allowed: true } },
      { atMs: 0, op: 'settle', charges: [['tpm', 5, 60_000, -50]] },
      {
        atMs: 0,
        op: 'take',
        charges: [['tpm', 5, 60_000, 6]],
        expect: { allowed: false, bucket: 'tpm', retryAfterMs: 12_000 },
      },
    ],
  ],
  ['no charges: allowed', [{ atMs: 0, op: 'take', charges: [], expect: { allowed: true } }]],
]

/**
 * Runs {@link QUOTA_STORE_CASES} against a store. `create(now)` builds one whose clock is
 * `now()` (ms); each case gets its own bucket names, so one store may serve them all.
 */
export function describeQuotaStoreContract(
  name: string,
  create: (now: () => number) => QuotaStore | Promise<QuotaStore>,
): void {
  describe(`${name}: the QuotaStore token-bucket contract`, () => {
    let clock = 0
    let store: Promise<QuotaStore> | undefined
    const get = () => {
      store ??= Promise.resolve(create(() => clock))
      return store
    }
    afterAll(async () => {
      await (await get()).close()
    })
    it.each(QUOTA_STORE_CASES)('%s', async (_, steps) => {
      const quotas = await get()
      const id = randomUUID()
      const start = 1_000_000_000
      const charge = ([bucket, limit, periodMs, amount]: QuotaStep['charges'][number]) =>
        ({ bucket: `${id}:${bucket}`, limit, periodMs, amount }) satisfies QuotaCharge
      for (const step of steps) {
        clock = start + step.atMs
        const charges = step.charges.map(charge)
        if (step.op === 'settle') {
          await quotas.settle(charges)
          continue
        }
        const verdict = await quotas.take(charges)
        const expected =
          step.expect?.allowed === false
            ? { ...step.expect, bucket: `${id}:${step.expect.bucket}` }
            : step.expect
        expect(verdict, `take at ${step.atMs} ms`).toEqual(expected)
      }
    })
  })
}
