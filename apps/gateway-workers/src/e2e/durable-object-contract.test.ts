import { fileURLToPath } from 'node:url'
import type { QuotaCharge, QuotaStore } from '@chatwire/gateway/portable'
import { QuotaStoreUnavailable } from '@chatwire/gateway/portable'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeQuotaStoreContract } from '../../../gateway/src/test-support/describe-quota-store-contract'
import { type RunningWorkerd, startWorkerd } from '../test-support/start-workerd'

// The QuotaStore contract every store runs (memory, Redis), here against the Durable Object
// store inside workerd, its clock driven through the test entry (test-support/clocked-worker.ts).
let workerd: RunningWorkerd

beforeAll(async () => {
  workerd = await startWorkerd({
    bindings: {},
    entry: fileURLToPath(new URL('../test-support/clocked-worker.ts', import.meta.url)),
  })
}, 60_000)

afterAll(async () => {
  await workerd?.close()
})

/** The Durable Object store as seen from Node: each call is one request to the test entry. */
function createWorkerdQuotaStore(now: () => number): QuotaStore {
  const call = async (operation: 'take' | 'settle', charges: readonly QuotaCharge[]) => {
    const response = await fetch(`${workerd.url}/__quota/${operation}`, {
      method: 'POST',
      body: JSON.stringify({ now: now(), charges }),
      signal: AbortSignal.timeout(10_000),
    })
    const body = (await response.json()) as { verdict?: unknown; error?: string }
    if (!response.ok) throw new QuotaStoreUnavailable(body.error)
    return body.verdict
  }
  return {
    kind: 'durable-object',
    take: async (charges) =>
      (await call('take', charges)) as Awaited<ReturnType<QuotaStore['take']>>,
    settle: async (charges) => {
      await call('settle', charges)
    },
    close: async () => {},
  }
}

describeQuotaStoreContract('durable-object on workerd', createWorkerdQuotaStore)

it('takes from two keys all or nothing: a refused take gives the other key its units back', async () => {
  const store = createWorkerdQuotaStore(() => 5_000_000)
  const charge = (bucket: string, limit: number, amount: number) =>
    ({ bucket, limit, periodMs: 60_000, amount }) satisfies QuotaCharge
  expect(
    await store.take([charge('two-a:requests', 3, 1), charge('two-b:requests', 1, 2)]),
  ).toEqual({
    allowed: false,
    bucket: 'two-b:requests',
    retryAfterMs: 60_000,
  })
  expect(await store.take([charge('two-a:requests', 3, 3)])).toEqual({ allowed: true })
  expect(
    await store.take([charge('two-a:requests', 3, 1), charge('two-b:requests', 1, 1)]),
  ).toEqual({
    allowed: false,
    bucket: 'two-a:requests',
    retryAfterMs: 20_000,
  })
  expect(await store.take([charge('two-b:requests', 1, 1)])).toEqual({ allowed: true })
})
