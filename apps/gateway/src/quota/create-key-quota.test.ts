import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createClientKeys } from '../auth/create-client-keys'
import { createJsonLogger } from '../log/logger'
import { createKeyMetrics } from '../metrics/create-key-metrics'
import { createMetricRegistry } from '../metrics/create-metric-registry'
import { inboundOf } from '../test-support/inbound-of'
import { createKeyQuota, type KeyQuotaOptions } from './create-key-quota'
import { createMemoryQuotaStore } from './memory-quota-store'
import { type QuotaStore, QuotaStoreUnavailable } from './quota-store'

const [team] = createClientKeys([
  { name: 'team-a', key: 'gw-a', limits: { requestsPerMinute: 2, tokensPerMinute: 1000 } },
]).values()

/** 400 characters: 100 prompt tokens. */
const request = (maxTokens?: number): ChatRequest => ({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'x'.repeat(400) }],
  ...(maxTokens === undefined ? {} : { maxTokens }),
})

function setUp(store: QuotaStore, overrides: Partial<KeyQuotaOptions> = {}) {
  const registry = createMetricRegistry()
  const lines: Record<string, unknown>[] = []
  let now = 0
  const quota = createKeyQuota({
    store,
    onStoreError: 'open',
    waitMs: 50,
    reservedCompletionTokens: 1024,
    logIntervalMs: 30_000,
    logger: createJsonLogger((line) => lines.push(JSON.parse(line))),
    metrics: createKeyMetrics(registry),
    now: () => now,
    ...overrides,
  })
  return { quota, registry, lines, advance: (ms: number) => (now += ms) }
}

const failing: QuotaStore = {
  kind: 'broken',
  take: () => Promise.reject(new QuotaStoreUnavailable('connection refused')),
  settle: () => Promise.reject(new QuotaStoreUnavailable('connection refused')),
  close: async () => {},
}

describe('createKeyQuota', () => {
  it('refuses the third request of a minute with an OpenAI requests 429 and Retry-After', async () => {
    const { quota, registry } = setUp(createMemoryQuotaStore({ now: () => 0 }))
    await quota(team!, request(10), inboundOf('openai').refuse)
    await quota(team!, request(10), inboundOf('openai').refuse)
    await expect(quota(team!, request(10), inboundOf('openai').refuse)).rejects.toMatchObject({
      kind: 'rate_limit',
      status: 429,
      type: 'requests',
      code: 'rate_limit_exceeded',
      retryAfter: 30,
      message: expect.stringMatching(/requests per min \(RPM\): Limit 2/),
    })
    expect(registry.render()).toContain(
      'chatwire_key_rate_limited_total{key="team-a",limit="requests"} 1',
    )
  })

  it('reserves prompt + max_tokens and gives back what the usage did not take', async () => {
    let now = 0
    const { quota } = setUp(createMemoryQuotaStore({ now: () => now }))
    const ticket = await quota(team!, request(800), inboundOf('openai').refuse)
    expect(ticket).toMatchObject({ reserved: 900, prompt: 100 })
    // 100 left: a second request of 900 waits, until the first settles with its real use.
    await expect(quota(team!, request(800), inboundOf('openai').refuse)).rejects.toMatchObject({
      type: 'tokens',
    })
    ticket?.settle(150)
    await new Promise((resolve) => setImmediate(resolve))
    now += 1
    expect(await quota(team!, request(700), inboundOf('openai').refuse)).toMatchObject({
      reserved: 800,
    })
  })

  it('settle_with_absurd_usage_locks_the_key_out_for_at_most_two_minutes', async () => {
    let now = 0
    const { quota } = setUp(createMemoryQuotaStore({ now: () => now }))
    const ticket = await quota(team!, request(800), inboundOf('openai').refuse)
    // The upstream claims 10^12 tokens: the debt stops at one minute's limit past the reservation.
    ticket?.settle(1e12)
    await new Promise((resolve) => setImmediate(resolve))
    await expect(quota(team!, request(800), inboundOf('openai').refuse)).rejects.toMatchObject({
      retryAfter: expect.any(Number),
    })
    now += 2 * 60_000
    expect(await quota(team!, request(800), inboundOf('openai').refuse)).toMatchObject({
      reserved: 900,
    })
  })

  it('reserves at most what the limit leaves when max_tokens is absent', async () => {
    const { quota } = setUp(createMemoryQuotaStore())
    expect(await quota(team!, request(), inboundOf('openai').refuse)).toMatchObject({
      reserved: 1000,
    })
  })

  it.each([
    ['openai', { type: 'tokens', code: 'rate_limit_exceeded' }],
    ['elastic', { type: 'es_rejected_execution_exception' }],
  ] as const)(
    'refuses at once, without Retry-After, a %s request that can never fit',
    async (dialect, fields) => {
      const { quota } = setUp(createMemoryQuotaStore())
      const refusal = quota(team!, request(5000), inboundOf(dialect).refuse)
      await expect(refusal).rejects.toMatchObject({ status: 429, retryAfter: undefined, ...fields })
      await expect(refusal).rejects.toThrow(/Request too large .* Limit 1000, Requested 5100/)
    },
  )

  it('lets requests through when the store fails and the policy is open, warning once', async () => {
    const { quota, registry, lines } = setUp(failing)
    expect(await quota(team!, request(10), inboundOf('openai').refuse)).toBeUndefined()
    expect(await quota(team!, request(10), inboundOf('openai').refuse)).toBeUndefined()
    expect(registry.render()).toContain('chatwire_quota_store_errors_total{store="broken"} 2')
    expect(lines.filter((line) => line.event === 'quota.store_error')).toHaveLength(1)
  })

  it('answers 503 when the store fails and the policy is closed', async () => {
    const { quota } = setUp(failing, { onStoreError: 'closed' })
    await expect(quota(team!, request(10), inboundOf('friendli').refuse)).rejects.toMatchObject({
      kind: 'overloaded',
      status: 503,
    })
  })

  it('treats a store that never answers as failed', async () => {
    const hanging: QuotaStore = { ...failing, kind: 'hanging', take: () => new Promise(() => {}) }
    const { quota, registry } = setUp(hanging, { onStoreError: 'closed', waitMs: 5 })
    await expect(quota(team!, request(10), inboundOf('openai').refuse)).rejects.toMatchObject({
      status: 503,
    })
    expect(registry.render()).toContain('chatwire_quota_store_errors_total{store="hanging"} 1')
  })

  it('costs nothing for a key without limits', async () => {
    const [plain] = createClientKeys(['gw-plain']).values()
    const { quota } = setUp(failing, { onStoreError: 'closed' })
    expect(await quota(plain!, request(10), inboundOf('openai').refuse)).toBeUndefined()
  })
})
