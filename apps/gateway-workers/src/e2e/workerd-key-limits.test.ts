// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the literal ${NAME} syntax of the config
import { fileURLToPath } from 'node:url'
import { defaultDialects } from '@chatwire/dialects'
import OpenAI from 'openai'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type Matrix, startMatrix } from '../../../gateway/src/test-support/start-matrix'
import { type RunningWorkerd, startWorkerd } from '../test-support/start-workerd'

// A key with requestsPerMinute on the Worker: its buckets live in the QuotaBuckets Durable Object,
// and the official OpenAI SDK sees the third request of the minute as a rate-limit error.
const KEY = 'sk-team-w-0123456789'
const TOKENS_KEY = 'sk-team-t-0123456789'
let matrix: Matrix
let workerd: RunningWorkerd

beforeAll(async () => {
  matrix = await startMatrix({
    dialects: defaultDialects.filter((dialect) => dialect.name === 'openai'),
  })
  const config = {
    ...matrix.gateway.config,
    auth: {
      keys: [
        { name: 'team-w', key: '${TEAM_W_KEY}', limits: { requestsPerMinute: 2 } },
        { name: 'team-t', key: '${TEAM_T_KEY}', limits: { tokensPerMinute: 10_000 } },
      ],
      store: { type: 'durable-object' },
    },
  }
  workerd = await startWorkerd({
    bindings: { CHATWIRE_CONFIG: JSON.stringify(config), TEAM_W_KEY: KEY, TEAM_T_KEY: TOKENS_KEY },
    // The deployed Worker plus a route that reads the Durable Object's buckets.
    entry: fileURLToPath(new URL('../test-support/clocked-worker.ts', import.meta.url)),
  })
}, 60_000)

afterAll(async () => {
  await workerd?.close()
  await matrix?.close()
})

const client = (apiKey: string) =>
  new OpenAI({ apiKey, baseURL: `${workerd.url}/v1`, maxRetries: 0, timeout: 10_000 })
const ask = (apiKey = KEY) =>
  client(apiKey).chat.completions.create({
    model: matrix.modelFor('openai'),
    messages: [{ role: 'user', content: '[[text:hi]]' }],
  })

it('answers the request past requestsPerMinute with 429 and Retry-After, counted in the Durable Object', async () => {
  await expect(ask('sk-not-a-key')).rejects.toBeInstanceOf(OpenAI.AuthenticationError)
  for (let index = 0; index < 2; index++) {
    expect((await ask()).choices[0]?.message.content).toBe('hi')
  }
  const refused = await ask().catch((error: unknown) => error)
  expect(refused).toBeInstanceOf(OpenAI.RateLimitError)
  const retryAfter = Number(
    (refused as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after'),
  )
  // Two requests a minute: one refills in 30 s, less the time the requests took.
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(30)
  // The gateway's takes are in the object: its bucket is as empty from here as from the gateway.
  const response = await fetch(`${workerd.url}/__quota/take`, {
    method: 'POST',
    body: JSON.stringify({
      now: Date.now(),
      charges: [{ bucket: 'team-w:requests', limit: 2, periodMs: 60_000, amount: 1 }],
    }),
  })
  expect(await response.json()).toMatchObject({
    verdict: { allowed: false, bucket: 'team-w:requests' },
  })
})

/** One take from the Durable Object, as the gateway's store would (the bucket's clock is real). */
async function takeFromObject(bucket: string, limit: number, amount: number) {
  const response = await fetch(`${workerd.url}/__quota/take`, {
    method: 'POST',
    body: JSON.stringify({
      now: Date.now(),
      charges: [{ bucket, limit, periodMs: 60_000, amount }],
    }),
  })
  return ((await response.json()) as { verdict: { allowed: boolean } }).verdict
}

it('settles the tokens of a stream in the Durable Object once it ends (regression: the settlement was cancelled with the request)', async () => {
  const stream = await client(TOKENS_KEY).chat.completions.create({
    model: matrix.modelFor('openai'),
    messages: [{ role: 'user', content: '[[text:one two three]]' }],
    max_tokens: 6_000,
    stream: true,
    stream_options: { include_usage: true },
  })
  let used = 0
  for await (const chunk of stream) used = chunk.usage?.total_tokens ?? used
  expect(used).toBeGreaterThan(0)
  // Reserved up front: the prompt's estimate + 6000; settled at the end to `used`. Until the
  // settlement lands the bucket holds under 4000; after it, close to 10 000.
  await expect
    .poll(() => takeFromObject('team-t:tokens', 10_000, 9_000), { timeout: 3_000 })
    .toEqual({ allowed: true })
})
