import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import {
  type Answer,
  authorizationFor,
  call,
  expectErrorAnswer,
  faultConfig,
  fromRaw,
  INBOUND_CLIENTS,
  modelFor,
  rawRequest,
} from '../test-support/fault-harness'
import { type ChatwireProcess, spawnChatwire } from '../test-support/spawn-chatwire'
import {
  answerText,
  type FaultUpstream,
  startFaultUpstream,
  waitFor,
} from '../test-support/start-fault-upstream'
import {
  hasRedisServer,
  type RunningRedis,
  startRedisServer,
} from '../test-support/start-redis-server'

// Bounds for a loaded machine: two gateway processes start through tsx.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 })

const MODEL = modelFor('openai')
const KEYS = { requests: 'sk-redis-requests-0123456789', tokens: 'sk-redis-tokens-0123456789' }
/** 40 characters and max_tokens 10: estimated 10 + 10 tokens, and the upstream reports 20. */
const PROMPT = 'x'.repeat(40)
const MAX_TOKENS = 10

interface Instance {
  process: ChatwireProcess
  url: string
  workers: number
}

let redis: RunningRedis
let upstream: FaultUpstream
let open: Instance
let closed: Instance

/** A gateway on its own port: `workers` processes (1: no cluster) with their own outage policy. */
async function spawnInstance(onStoreError: 'open' | 'closed', workers: number): Promise<Instance> {
  const config = {
    ...faultConfig(upstream),
    auth: {
      keys: [
        { name: 'team-requests', key: KEYS.requests, limits: { requestsPerMinute: 5 } },
        { name: 'team-tokens', key: KEYS.tokens, limits: { tokensPerMinute: 100 } },
      ],
      store: { type: 'redis', url: redis.url, keyPrefix: 'two-instances:' },
      onStoreError,
    },
  } satisfies GatewayConfig
  const file = join(mkdtempSync(join(tmpdir(), 'chatwire-redis-')), `${onStoreError}.json`)
  writeFileSync(file, JSON.stringify(config))
  const cluster = workers > 1 ? ['--workers', String(workers)] : []
  const child = spawnChatwire(['--config', file, '--port', '0', ...cluster], { LOG_LEVEL: 'info' })
  const url = (await child.waitForOutput(/chatwire gateway listening on (\S+)/, 110_000))[1]
  return { process: child, url: url as string, workers }
}

beforeAll(async () => {
  if (!hasRedisServer()) return
  redis = await startRedisServer()
  upstream = await startFaultUpstream()
  // Every answer reports 10 + 10 tokens: exactly the estimate, so no settle moves a bucket.
  upstream.reply(
    answerText('ok', { promptTokens: 10, completionTokens: MAX_TOKENS, totalTokens: 20 }),
  )
  // The second is a `--workers 2` cluster: each worker has its own Redis connection.
  ;[open, closed] = await Promise.all([spawnInstance('open', 1), spawnInstance('closed', 2)])
})

afterAll(async () => {
  for (const instance of [open, closed]) {
    if (instance?.process.child.exitCode !== null) continue
    instance.process.child.kill('SIGTERM')
    await instance.process.exited(30_000)
  }
  await upstream?.close()
  await redis?.stop()
})

/**
 * One OpenAI-dialect chat call with `key` on a new connection (a cluster's primary hands each
 * to the next worker, round robin), read to the end.
 */
async function chat(instance: Instance, key: string): Promise<Answer> {
  const answer = await rawRequest(instance.url, {
    path: INBOUND_CLIENTS.openai.path(MODEL),
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: MODEL,
      messages: [{ role: 'user', content: PROMPT }],
      max_tokens: MAX_TOKENS,
    }),
    timeoutMs: 15_000,
  })
  return fromRaw(answer)
}

/** Five calls spread over both instances (and the cluster's workers), all served. */
async function spendFiveAcrossBoth(key: string): Promise<void> {
  const statuses: number[] = []
  for (const instance of [closed, open, closed, open, closed]) {
    statuses.push((await chat(instance, key)).status)
  }
  expect(statuses).toEqual([200, 200, 200, 200, 200])
}

/** Redis's own count of the connections the gateways opened (the test's client aside). */
async function gatewayConnections(): Promise<number> {
  const admin = new Redis(redis.url)
  try {
    const list = (await admin.client('LIST')) as string
    return list.trim().split('\n').length - 1
  } finally {
    admin.disconnect()
  }
}

/** The OpenAI SDK's reading of the next call: a RateLimitError with a Retry-After. */
async function expectSdkRateLimited(instance: Instance, key: string): Promise<void> {
  const client = new OpenAI({ baseURL: `${instance.url}/v1`, apiKey: key, maxRetries: 0 })
  const error = await client.chat.completions
    .create({ model: MODEL, messages: [{ role: 'user', content: PROMPT }], max_tokens: MAX_TOKENS })
    .then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
  expect(error).toBeInstanceOf(OpenAI.RateLimitError)
  const retryAfter = Number(
    (error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after'),
  )
  expect(retryAfter).toBeGreaterThanOrEqual(1)
}

/** The Elasticsearch dialect's 429 on the other instance, in its own envelope, with Retry-After. */
async function expectElasticRateLimited(instance: Instance, key: string): Promise<void> {
  const answer = await call(instance.url, INBOUND_CLIENTS.elastic, {
    model: MODEL,
    headers: { authorization: authorizationFor(INBOUND_CLIENTS.elastic, key) },
    body: { messages: [{ role: 'user', content: PROMPT }], max_completion_tokens: MAX_TOKENS },
  })
  expect(answer.status, answer.text).toBe(429)
  expectErrorAnswer(INBOUND_CLIENTS.elastic, answer, 'rate_limit')
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
}

const storeErrors = async (instance: Instance) => {
  const text = await (await fetch(`${instance.url}/metrics`)).text()
  return Number(/^chatwire_quota_store_errors_total\{store="redis"\} (\d+)$/m.exec(text)?.[1] ?? 0)
}

describe.skipIf(!hasRedisServer())(
  'a gateway and a --workers 2 cluster on two ports sharing one Redis',
  () => {
    it('holds one key’s requestsPerMinute across both: five pass, the sixth is a 429 on either', async () => {
      // One connection per serving process: the single instance and each of the cluster's workers.
      expect(await gatewayConnections()).toBe(open.workers + closed.workers)
      await spendFiveAcrossBoth(KEYS.requests)
      await expectSdkRateLimited(closed, KEYS.requests)
      await expectElasticRateLimited(open, KEYS.requests)
    })

    it('holds one key’s tokensPerMinute across both: 5 × 20 tokens pass, the next is a 429', async () => {
      await spendFiveAcrossBoth(KEYS.tokens)
      await expectSdkRateLimited(open, KEYS.tokens)
      await expectElasticRateLimited(closed, KEYS.tokens)
    })

    it('Redis down: `open` serves unlimited and counts it, `closed` answers 503, neither crashes', async () => {
      await redis.stop()
      const before = await storeErrors(open)
      // This key is spent (above): only an open policy lets it through now.
      expect((await chat(open, KEYS.requests)).status).toBe(200)
      expect(await storeErrors(open)).toBeGreaterThan(before)
      const refused = await chat(closed, KEYS.requests)
      expectErrorAnswer(INBOUND_CLIENTS.openai, refused, 'overloaded')
      expect(refused.status).toBe(503)
      for (const instance of [open, closed]) {
        expect(instance.process.child.exitCode).toBeNull()
        expect((await fetch(`${instance.url}/healthz`)).status).toBe(200)
      }
    })

    it('Redis back: both reconnect and the limits apply again', async () => {
      await redis.start()
      const reconnected = (instance: Instance) =>
        instance.process.stderr().match(/"event":"quota\.redis-reconnected"/g)?.length ?? 0
      const all = () => reconnected(open) === open.workers && reconnected(closed) === closed.workers
      expect(await waitFor(all, 30_000), 'every process logged quota.redis-reconnected').toBe(true)
      // A fresh Redis holds no buckets: the key has its five again, across both, and no more.
      await spendFiveAcrossBoth(KEYS.requests)
      await expectSdkRateLimited(open, KEYS.requests)
      expect((await chat(closed, KEYS.requests)).status).toBe(429)
    })
  },
)
