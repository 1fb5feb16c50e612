import { describe, expect, it } from 'vitest'
import type { GatewayAuth } from '../config/gateway-auth-config'
import { silentLogger } from '../log/logger'
import { createKeyMetrics } from '../metrics/create-key-metrics'
import { createMetricRegistry } from '../metrics/create-metric-registry'
import { inboundOf } from '../test-support/inbound-of'
import { createClientAuth } from './create-client-auth'
import { createMemoryQuotaStore } from './memory-quota-store'

const refuseInOpenAI = inboundOf('openai').refuse

const options = () => ({ logger: silentLogger, metrics: createKeyMetrics(createMetricRegistry()) })
const limited = { name: 'team', key: 'gw-team', limits: { requestsPerMinute: 1 } }

describe('createClientAuth', () => {
  it('is open without auth', () => {
    expect(createClientAuth(undefined, options())).toMatchObject({
      clients: undefined,
      quota: undefined,
    })
  })

  it('has no quota gate when no key has limits: no store call per request', () => {
    const auth = createClientAuth({ keys: ['gw-1', { name: 'a', key: 'gw-a' }] }, options())
    expect(auth.clients?.size).toBe(2)
    expect(auth.quota).toBeUndefined()
  })

  it('builds the memory store itself when a key has limits', async () => {
    const auth = createClientAuth({ keys: [limited] }, options())
    const [team] = auth.clients?.values() ?? []
    const request = { model: 'm', messages: [] }
    await auth.quota?.(team!, request, refuseInOpenAI)
    await expect(auth.quota?.(team!, request, refuseInOpenAI)).rejects.toMatchObject({
      status: 429,
    })
    await auth.close()
  })

  it.each([
    [{ type: 'redis', url: 'redis://127.0.0.1:6379/0' }, "a 'redis' store"],
    [{ type: 'durable-object' }, "a 'durable-object' store"],
  ] as const)('refuses to start with %j and no store passed in', (store, message) => {
    const auth: GatewayAuth = { keys: [limited], store }
    expect(() => createClientAuth(auth, options())).toThrow(message)
    expect(() => createClientAuth(auth, options())).toThrow(
      expect.objectContaining({ param: 'auth.store' }),
    )
  })

  it('uses the store passed in, and leaves closing it to its owner', async () => {
    let closed = false
    const store = {
      ...createMemoryQuotaStore(),
      kind: 'passed',
      close: async () => {
        closed = true
      },
    }
    const auth = createClientAuth(
      { keys: [limited], store: { type: 'durable-object' } },
      { ...options(), quotaStore: store },
    )
    expect(auth.quota).toBeDefined()
    await auth.close()
    expect(closed).toBe(false)
  })
})
