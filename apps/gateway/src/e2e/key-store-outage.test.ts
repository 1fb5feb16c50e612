import { describe, expect, it } from 'vitest'
import { createMemoryQuotaStore } from '../quota/memory-quota-store'
import { type QuotaStore, QuotaStoreUnavailable } from '../quota/quota-store'
import {
  authorizationFor,
  call,
  expectErrorAnswer,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
} from '../test-support/fault-harness'
import { type FaultGatewaySpec, useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

/** A memory store that can be taken down: while down, every call rejects as an outage does. */
function createSwitchableStore(kind: string): QuotaStore & { down: boolean } {
  const memory = createMemoryQuotaStore()
  const unavailable = () => Promise.reject(new QuotaStoreUnavailable('connection refused'))
  const store: QuotaStore & { down: boolean } = {
    kind,
    down: true,
    take: (charges) => (store.down ? unavailable() : memory.take(charges)),
    settle: (charges) => (store.down ? unavailable() : memory.settle(charges)),
    close: () => memory.close(),
  }
  return store
}

const stores = {
  open: createSwitchableStore('switchable-open'),
  closed: createSwitchableStore('switchable-closed'),
}

/** A gateway on `policy`'s switchable store, one key a minute per dialect, `policy` on outage. */
function withStore(policy: 'open' | 'closed'): FaultGatewaySpec {
  const keys = INBOUND.map((dialect) => ({
    name: `team-${dialect}`,
    key: `gw-${dialect}`,
    limits: { requestsPerMinute: 1 },
  }))
  return {
    auth: { keys, store: { type: 'memory' }, onStoreError: policy },
    quotaStore: stores[policy],
  }
}

const suite = useFaultSuite({ open: withStore('open'), closed: withStore('closed') })

/** Each dialect's client sends its own key, `gw-<dialect>`. */
const authorization = (dialect: Dialect) =>
  authorizationFor(INBOUND_CLIENTS[dialect], `gw-${dialect}`)

describe('onStoreError: closed', () => {
  it.each(INBOUND)(
    'a %s client gets its dialect’s 503 while the store is down',
    async (dialect) => {
      const gateway = suite.closed
      const client = INBOUND_CLIENTS[dialect]
      const answer = await call(gateway.url, client, {
        model: modelFor('openai'),
        headers: { authorization: authorization(dialect) },
      })
      expectErrorAnswer(client, answer, 'overloaded')
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('1')
    },
  )
})

describe('onStoreError: open', () => {
  it('serves every request while the store is down, counts and warns once, then limits again', async () => {
    const gateway = suite.open
    const store = stores.open
    const ask = () =>
      call(gateway.url, INBOUND_CLIENTS.openai, {
        model: modelFor('openai'),
        headers: { authorization: authorization('openai') },
      })
    // Over the limit of one a minute, and still served.
    for (let index = 0; index < 3; index++) expect((await ask()).status).toBe(200)
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text()
    expect(metrics).toMatch(/^chatwire_quota_store_errors_total\{store="switchable-open"\} 3$/m)
    const lines = gateway.logs.map((line) => JSON.parse(line) as Record<string, unknown>)
    const warnings = lines.filter((line) => line.event === 'quota.store_error')
    expect(warnings).toEqual([
      expect.objectContaining({ level: 'warn', store: 'switchable-open', policy: 'open' }),
    ])
    store.down = false
    expect((await ask()).status).toBe(200)
    expectErrorAnswer(INBOUND_CLIENTS.openai, await ask(), 'rate_limit')
  })
})
