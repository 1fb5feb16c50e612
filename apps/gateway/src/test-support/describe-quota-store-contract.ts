import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import type { QuotaCharge, QuotaStore, QuotaVerdict } from '../quota/quota-store'

/** `[bucket, limit, periodMs, amount]`: short enough to read as a table. */
type ChargeRow = [string, number, number, number]

/** One call at a point of the store's clock, and what it must answer. */
interface QuotaStep {
  atMs: number
  op: 'take' | 'settle'
  charges: ChargeRow[]
  /** For `take`: the verdict (`allowed: false` names the bucket as written in `charges`). */
  expect?: QuotaVerdict
}

/** A take at `atMs` of `charges`, and the verdict it must get. */
const take = (atMs: number, expect: QuotaVerdict, ...charges: ChargeRow[]): QuotaStep => ({
  atMs,
  op: 'take',
  charges,
  expect,
})
const settle = (atMs: number, ...charges: ChargeRow[]): QuotaStep => ({
  atMs,
  op: 'settle',
  charges,
})
const ALLOWED: QuotaVerdict = { allowed: true }
const refused = (bucket: string, retryAfterMs: number): QuotaVerdict => ({
  allowed: false,
  bucket,
  retryAfterMs,
})

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
      take(0, ALLOWED, ['rpm', 5, 60_000, 5]),
      take(0, refused('rpm', 12_000), ['rpm', 5, 60_000, 1]),
    ],
  ],
  [
    'refills continuously, not per window',
    [
      take(0, ALLOWED, ['rpm', 60, 60_000, 60]),
      take(500, refused('rpm', 500), ['rpm', 60, 60_000, 1]),
      take(1_000, ALLOWED, ['rpm', 60, 60_000, 1]),
    ],
  ],
  [
    'rounds a fractional wait up to the next millisecond',
    [take(0, ALLOWED, ['t', 3, 1_000, 3]), take(1, refused('t', 333), ['t', 3, 1_000, 1])],
  ],
  [
    'never refills past its capacity',
    [
      take(0, ALLOWED, ['rpm', 5, 60_000, 5]),
      take(3_600_000, refused('rpm', 12_000), ['rpm', 5, 60_000, 6]),
      take(3_600_000, ALLOWED, ['rpm', 5, 60_000, 5]),
    ],
  ],
  [
    'takes all charges or none, naming the first that does not fit',
    [
      take(0, ALLOWED, ['a', 5, 60_000, 1], ['b', 2, 60_000, 2]),
      take(0, refused('b', 30_000), ['a', 5, 60_000, 1], ['b', 2, 60_000, 1]),
      take(0, ALLOWED, ['a', 5, 60_000, 4]),
    ],
  ],
  [
    // Buckets of two key names (`a:`, `b:`): a Durable Object store keeps them in two objects.
    'takes from two keys all or nothing: a refused take gives the other key its units back',
    [
      take(0, refused('b:rpm', 60_000), ['a:rpm', 3, 60_000, 1], ['b:rpm', 1, 60_000, 2]),
      take(0, ALLOWED, ['a:rpm', 3, 60_000, 3]),
      take(0, refused('a:rpm', 20_000), ['a:rpm', 3, 60_000, 1], ['b:rpm', 1, 60_000, 1]),
      take(0, ALLOWED, ['b:rpm', 1, 60_000, 1]),
    ],
  ],
  [
    'names the first short bucket and waits for the slowest',
    [
      take(0, ALLOWED, ['rpm', 2, 60_000, 2], ['tpm', 100, 60_000, 100]),
      take(0, refused('rpm', 36_000), ['rpm', 2, 60_000, 1], ['tpm', 100, 60_000, 60]),
    ],
  ],
  [
    'settle adds use past the limit and later takes wait for the refill',
    [
      take(0, ALLOWED, ['tpm', 100, 60_000, 10]),
      settle(0, ['tpm', 100, 60_000, 190]),
      take(0, refused('tpm', 60_600), ['tpm', 100, 60_000, 1]),
      take(60_600, ALLOWED, ['tpm', 100, 60_000, 1]),
    ],
  ],
  [
    'settle with a negative amount gives units back, up to the capacity',
    [
      take(0, ALLOWED, ['tpm', 5, 60_000, 5]),
      settle(0, ['tpm', 5, 60_000, -2]),
      take(0, ALLOWED, ['tpm', 5, 60_000, 2]),
      settle(0, ['tpm', 5, 60_000, -50]),
      take(0, refused('tpm', 12_000), ['tpm', 5, 60_000, 6]),
    ],
  ],
  ['no charges: allowed', [take(0, ALLOWED)]],
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
      const charge = ([bucket, limit, periodMs, amount]: ChargeRow) =>
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
