import { QuotaStoreUnavailable } from '@chatwire/gateway/portable'
import { describe, expect, it } from 'vitest'
import {
  createDurableObjectQuotaStore,
  type QuotaBucketsNamespace,
  type QuotaBucketsStub,
  quotaObjectName,
} from './durable-object-quota-store'

// The store's own parts, in Node: which object a bucket lives in, and its bound on a Durable
// Object that fails or does not answer. The token-bucket contract itself runs on workerd
// (e2e/durable-object-contract.test.ts).
function namespaceOf(stub: Partial<QuotaBucketsStub>): QuotaBucketsNamespace {
  return { idFromName: (name) => name, get: () => stub as QuotaBucketsStub }
}

const CHARGE = { bucket: 'team-a:requests', limit: 1, periodMs: 60_000, amount: 1 }

describe('createDurableObjectQuotaStore', () => {
  it.each([
    ['team-a:requests', 'team-a'],
    ['team:a:tokens', 'team:a'],
    ['plain', 'plain'],
    [':leading', ':leading'],
  ])('keeps bucket %s in the object named %s', (bucket, name) => {
    expect(quotaObjectName(bucket)).toBe(name)
  })

  it.each([
    ['does not answer', { take: () => new Promise<never>(() => {}) }, 'no answer within 50 ms'],
    [
      'throws',
      { take: () => Promise.reject(new Error('Durable Object reset')) },
      "Durable Object 'team-a' failed: Durable Object reset",
    ],
  ])('rejects with QuotaStoreUnavailable when the object %s', async (_, stub, message) => {
    const store = createDurableObjectQuotaStore(namespaceOf(stub), { timeoutMs: 50 })
    const taking = store.take([CHARGE])
    await expect(taking).rejects.toBeInstanceOf(QuotaStoreUnavailable)
    await expect(taking).rejects.toThrow(message)
  })

  it('calls no object for no charges', async () => {
    const store = createDurableObjectQuotaStore(namespaceOf({}))
    expect(await store.take([])).toEqual({ allowed: true })
  })
})
