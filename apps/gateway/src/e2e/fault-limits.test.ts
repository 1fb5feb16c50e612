import { describe, expect, it } from 'vitest'
import {
  type Answer,
  call,
  expectErrorAnswer,
  expectHealthy,
  expectLogsBounded,
  expectStreamError,
  expectUpstreamCut,
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
  type StreamedBodyOptions,
  sseText,
  streamHeaders,
  textParts,
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

/** An error body as the dialect's upstream would send it, with `message` streamed in between. */
function errorEnvelope(dialect: Dialect): [prefix: string, suffix: string] {
  if (dialect === 'elastic')
    return ['{"error":{"root_cause":[],"type":"status_exception","reason":"', '"},"status":500}']
  if (dialect === 'friendli') return ['{"message":"', '","error":{}}']
  return ['{"error":{"message":"', '","type":"server_error","param":null,"code":null}}']
}

/** The dialect's error body around `mebibytes` MiB of message, streamed (gzipped when asked). */
function answerHugeError(dialect: Dialect, mebibytes: number, options: StreamedBodyOptions = {}) {
  const [prefix, suffix] = errorEnvelope(dialect)
  return answerStreamed(
    500,
    { 'content-type': 'application/json' },
    () => repeatChunks(prefix, filled(MiB), mebibytes, suffix),
    options,
  )
}

/** One call (bounded at 20 s) while this process's RSS is sampled: its growth stays bounded. */
async function callBounded(inbound: Dialect, from: Dialect, stream = false): Promise<Answer> {
  const { result: answer, growth } = await withRssPeak(() =>
    call(suite.gw.url, INBOUND_CLIENTS[inbound], {
      model: modelFor(from),
      stream,
      timeoutMs: 20_000,
    }),
  )
  expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB`).toBeLessThan(MEMORY_BOUND)
  return answer
}

/** An error answer that the client dialect reads back, short and with a short message. */
function expectShortError(inbound: Dialect, answer: Answer): void {
  expect(answer.status).toBeGreaterThanOrEqual(400)
  expect(answer.text.length).toBeLessThan(SHORT)
  const error = INBOUND_CLIENTS[inbound].codec.decodeError(
    answer.status,
    answer.text,
    Object.fromEntries(answer.headers),
  )
  expect(error.message.length).toBeLessThan(SHORT)
}

describe('upstream gzip bomb on an error answer (1 MB gzip → 1 GiB)', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: bounded error in the client dialect, RSS bounded',
    async (inbound, from) => {
      suite.upstream.reply(answerHugeError(from, 1024, { gzip: true }))
      expectShortError(inbound, await callBounded(inbound, from))
      await expectUpstreamCut(suite.upstream)
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
      const answer = await callBounded(dialect, dialect)
      expectErrorAnswer(INBOUND_CLIENTS[dialect], answer, 'upstream')
      expect(answer.text.length).toBeLessThan(SHORT)
      await expectUpstreamCut(suite.upstream)
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
    expectErrorAnswer(INBOUND_CLIENTS.openai, await callBounded('openai', 'elastic'), 'upstream')
    await expectUpstreamCut(suite.upstream)
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
      const answer = await callBounded(inbound, from, true)
      expectStreamError(answer)
      expect(answer.text.length).toBeLessThan(SHORT)
      await expectUpstreamCut(suite.upstream)
      expectLogsBounded(suite.gw.logs)
      await expectHealthy(suite.gw.url)
    },
  )
})

describe('upstream error message of 300 MB', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: the error body and every log line stay short',
    async (inbound, from) => {
      suite.upstream.reply(answerHugeError(from, 300))
      expectShortError(inbound, await callBounded(inbound, from))
      expect(suite.gw.logs.length).toBeGreaterThan(0)
      expectLogsBounded(suite.gw.logs)
      await expectUpstreamCut(suite.upstream)
      await expectHealthy(suite.gw.url)
    },
  )
})
