import { fileURLToPath } from 'node:url'
import type { QuotaCharge, QuotaStore } from '@chatwire/gateway/portable'
import { QuotaStoreUnavailable } from '@chatwire/gateway/portable'
import { afterAll, beforeAll } from 'vitest'
import { describeQuotaStoreContract } from '../../../gateway/src/test-support/describe-quota-store-contract'
import { type RunningWorkerd, startWorkerd } from '../test-support/start-workerd'

// The QuotaStore contract every store runs (memory, Redis), here against the Durable Object
// store inside workerd, its clock driven through the test entry (test-support/clocked-worker.ts).
// Its two-key row takes across two objects and gives back what one refusal left taken.
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
