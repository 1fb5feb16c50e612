import { describe, expect, it } from 'vitest'
import {
  call,
  expectErrorAnswer,
  expectHealthy,
  expectLogsBounded,
  expectStreamError,
  faultConfig,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
  withRssPeak,
} from '../test-support/fault-harness'
import {
  answerStreamed,
  filled,
  repeatChunks,
  sseText,
  streamHeaders,
  textParts,
  waitFor,
} from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

// Rows 2–5 of the fault matrix: what the gateway reads from an upstream is bounded — error
// bodies (also when gzip-compressed), JSON answers, aggregated streams, single SSE lines.

const MiB = 1024 * 1024
const MEMORY_BOUND = 100 * MiB
const SHORT = 8192

const suite = useFaultSuite({
  gw: (upstream) => {
    const config = faultConfig(upstream)
    // The Elastic upstream's own bound on the stream it aggregates for a non-streaming client.
    config.upstreams.elastic = { ...config.upstreams.elastic!, limits: { maxResponseBytes: MiB } }
    return config
  },
})

/** The last request reached the upstream and the gateway hung up on it before its end. */
async function expectUpstreamCut(): Promise<void> {
  const request = suite.upstream.requests.at(-1)
  expect(request, 'the upstream was never called').toBeDefined()
  await waitFor(() => request?.closed === true)
  expect(request?.closed).toBe(true)
  expect(request?.aborted, `gateway read ${request?.bytesSent} bytes to the end`).toBe(true)
}

/** An error body as the dialect's upstream would send it, with `message` streamed in between. */
function errorEnvelope(dialect: Dialect): [prefix: string, suffix: string] {
  if (dialect === 'elastic')
    return ['{"error":{"root_cause":[],"type":"status_exception","reason":"', '"},"status":500}']
  if (dialect === 'friendli') return ['{"message":"', '","error":{}}']
  return ['{"error":{"message":"', '","type":"server_error","param":null,"code":null}}']
}

describe('upstream gzip bomb on an error answer (1 MB gzip → 1 GiB)', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: bounded error in the client dialect, RSS bounded',
    async (inbound, from) => {
      const [prefix, suffix] = errorEnvelope(from)
      suite.upstream.reply(
        answerStreamed(
          500,
          { 'content-type': 'application/json' },
          () => repeatChunks(prefix, filled(MiB), 1024, suffix),
          { gzip: true },
        ),
      )
      const client = INBOUND_CLIENTS[inbound]
      const { result: answer, growth } = await withRssPeak(() =>
        call(suite.gw.url, client, { model: modelFor(from), timeoutMs: 20_000 }),
      )
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.text.length).toBeLessThan(SHORT)
      const error = client.codec.decodeError(
        answer.status,
        answer.text,
        Object.fromEntries(answer.headers),
      )
      expect(error.message.length).toBeLessThan(SHORT)
      expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB`).toBeLessThan(MEMORY_BOUND)
      await expectUpstreamCut()
      expectLogsBounded(suite.gw.logs)
      await expectHealthy(suite.gw.url)
    },
  )
})

/** `{…"content":"` + 300 MB + `"…}`: an OpenAI-shaped answer far past maxResponseBytes. */
const hugeJson = () =>
  repeatChunks(
    '{"id":"chatcmpl-huge","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"',
    filled(MiB),
    300,
    '"},"finish_reason":"stop"}]}',
  )

describe('upstream JSON answer of 300 MB', () => {
  it.each(['openai', 'octoai', 'friendli'] as const)(
    '%s client ← its own dialect upstream: 502, upstream connection closed, RSS bounded',
    async (dialect) => {
      suite.upstream.reply(answerStreamed(200, { 'content-type': 'application/json' }, hugeJson))
      const client = INBOUND_CLIENTS[dialect]
      const { result: answer, growth } = await withRssPeak(() =>
        call(suite.gw.url, client, { model: modelFor(dialect), timeoutMs: 20_000 }),
      )
      expectErrorAnswer(client, answer, 'upstream')
      expect(answer.text.length).toBeLessThan(SHORT)
      expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB`).toBeLessThan(MEMORY_BOUND)
      await expectUpstreamCut()
      await expectHealthy(suite.gw.url)
    },
  )

  it('openai client ← elastic upstream, stream aggregated past maxResponseBytes: 502, closed', async () => {
    // 300 MB of well-formed Elastic events, each with 4 KB of text.
    const event = Buffer.from(
      sseText('elastic', [
        {
          type: 'chunk',
          id: 'chatcmpl-huge',
          choices: [{ index: 0, delta: { content: 'a'.repeat(4096) } }],
        },
      ]).repeat(16),
    )
    suite.upstream.reply(
      answerStreamed(200, streamHeaders('elastic'), () =>
        repeatChunks(
          sseText('elastic', textParts('').slice(0, 1)),
          event,
          Math.ceil((300 * MiB) / event.byteLength),
        ),
      ),
    )
    const client = INBOUND_CLIENTS.openai
    const { result: answer, growth } = await withRssPeak(() =>
      call(suite.gw.url, client, { model: modelFor('elastic'), timeoutMs: 20_000 }),
    )
    expectErrorAnswer(client, answer, 'upstream')
    expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB`).toBeLessThan(MEMORY_BOUND)
    await expectUpstreamCut()
    await expectHealthy(suite.gw.url)
  })
})

describe('upstream SSE line of 400 MB without a newline', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: in-stream error after maxEventBytes, upstream closed',
    async (inbound, from) => {
      const opening = sseText(from, textParts('first').slice(0, 2))
      const endless = `${from === 'elastic' ? '\uFEFFevent: message\n' : ''}data: {"id":"chatcmpl-fault","choices":[{"index":0,"delta":{"content":"`
      suite.upstream.reply(
        answerStreamed(200, streamHeaders(from), () =>
          repeatChunks(opening + endless, filled(MiB), 400),
        ),
      )
      const client = INBOUND_CLIENTS[inbound]
      const { result: answer, growth } = await withRssPeak(() =>
        call(suite.gw.url, client, { model: modelFor(from), stream: true, timeoutMs: 20_000 }),
      )
      expectStreamError(answer)
      expect(answer.text.length).toBeLessThan(SHORT)
      expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB`).toBeLessThan(MEMORY_BOUND)
      await expectUpstreamCut()
      expectLogsBounded(suite.gw.logs)
      await expectHealthy(suite.gw.url)
    },
  )
})

describe('upstream error message of 300 MB', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: the error body and every log line stay short',
    async (inbound, from) => {
      const [prefix, suffix] = errorEnvelope(from)
      suite.upstream.reply(
        answerStreamed(500, { 'content-type': 'application/json' }, () =>
          repeatChunks(prefix, filled(MiB), 300, suffix),
        ),
      )
      const client = INBOUND_CLIENTS[inbound]
      const { result: answer, growth } = await withRssPeak(() =>
        call(suite.gw.url, client, { model: modelFor(from), timeoutMs: 20_000 }),
      )
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.text.length).toBeLessThan(SHORT)
      const error = client.codec.decodeError(
        answer.status,
        answer.text,
        Object.fromEntries(answer.headers),
      )
      expect(error.message.length).toBeLessThan(SHORT)
      expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB`).toBeLessThan(MEMORY_BOUND)
      expect(suite.gw.logs.length).toBeGreaterThan(0)
      expectLogsBounded(suite.gw.logs)
      await expectUpstreamCut()
      await expectHealthy(suite.gw.url)
    },
  )
})
