import { describe, expect, it } from 'vitest'
import {
  call,
  expectErrorAnswer,
  expectHealthy,
  expectStreamError,
  faultConfig,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
} from '../test-support/fault-harness'
import {
  answerRaw,
  type FaultHandler,
  sseText,
  streamHeaders,
  textParts,
} from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

// Row 8 of the fault matrix: a failure of the gateway's own (a request it refuses or cannot
// encode) is never sent upstream, retried or fallen back on; a malformed upstream answer is the
// upstream's failure (502) and never surfaces a JavaScript TypeError; /metrics tells them apart.

const DIALECTS: Dialect[] = ['openai', 'octoai', 'friendli', 'elastic']
const LOCAL_ERRORS = 'chatwire_local_errors_total'
const UPSTREAM_ERRORS = 'chatwire_upstream_errors_total'
const REQUEST_ERRORS = 'chatwire_request_errors_total'
const CRASH_TEXT = /TypeError|Cannot read|undefined is not|is not a function|null \(reading/

const suite = useFaultSuite({
  gw: (upstream) => {
    const config = faultConfig(upstream, { upstream: { retries: 2 } })
    // Every route has a fallback: none of them may be tried for a local failure.
    config.routes = config.routes.map((route, index) => ({
      ...route,
      fallbacks: [DIALECTS[(index + 1) % DIALECTS.length]!],
    }))
    return config
  },
})

/** The dialect's body with tool parameters `{"a":{"a":…}}` 5,000 deep, as JSON text. */
function deepToolBody(dialect: Dialect, model: string): string {
  const marker = '"__DEEP__"'
  const base = INBOUND_CLIENTS[dialect].body({ model, prompt: 'Hello', stream: false })
  const text = JSON.stringify({
    ...base,
    tools: [{ type: 'function', function: { name: 'deep', parameters: '__DEEP__' } }],
  })
  // Spelled out: JSON.stringify itself recurses, and a test worker's stack is not deep enough.
  const deep = `${'{"a":'.repeat(5000)}{"type":"string"}${'}'.repeat(5000)}`
  return text.replace(marker, deep)
}

describe('a local failure never reaches an upstream', () => {
  it.each(ROTATION)(
    '%s client (→ %s upstream, retries 2, a fallback): tool parameters 5,000 deep → 400 naming the field, zero upstream requests',
    async (inbound, to) => {
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.gw.url, client, {
        model: modelFor(to),
        body: deepToolBody(inbound, modelFor(to)),
      })
      const error = expectErrorAnswer(client, answer, 'invalid_request')
      expect(String(error.param), answer.text.slice(0, 500)).toMatch(
        /^tools\[0\]\.function\.parameters/,
      )
      expect(answer.text.length).toBeLessThan(4096)
      expect(suite.upstream.requests).toHaveLength(0)
      await expectHealthy(suite.gw.url)
    },
  )
})

/** An OpenAI-shaped JSON answer with `choices` as given. */
const malformedJson = (choices: unknown) =>
  JSON.stringify({ id: 'chatcmpl-bad', object: 'chat.completion', created: 1, model: 'm', choices })
/** One Elastic (or OpenAI-shaped) stream chunk with `choices` as given. */
const malformedChunk = (dialect: Dialect, choices: unknown) =>
  `${dialect === 'elastic' ? '\uFEFFevent: message\n' : ''}data: ${JSON.stringify({
    id: 'chatcmpl-bad',
    object: 'chat.completion.chunk',
    model: 'm',
    choices,
  })}\n\n`

const MALFORMED = {
  'choices:[5]': [5],
  'tool_calls:[null]': [
    {
      index: 0,
      message: { role: 'assistant', content: null, tool_calls: [null] },
      finish_reason: 'tool_calls',
    },
  ],
} as const
const MALFORMED_DELTA = {
  'choices:[5]': [5],
  'tool_calls:[null]': [{ index: 0, delta: { tool_calls: [null] } }],
} as const

/** The malformed answer in the upstream dialect's framing: JSON, or Elastic's stream. */
function malformedAnswer(shape: keyof typeof MALFORMED): FaultHandler {
  return (request, res) => {
    if (request.dialect === 'elastic') {
      const opening = sseText('elastic', textParts('').slice(0, 1))
      const bad = malformedChunk('elastic', MALFORMED_DELTA[shape])
      return answerRaw(200, streamHeaders('elastic'), opening + bad)(request, res)
    }
    return answerRaw(
      200,
      { 'content-type': 'application/json' },
      malformedJson(MALFORMED[shape]),
    )(request, res)
  }
}

describe('a malformed upstream answer is the upstream’s failure', () => {
  it.each(
    DIALECTS.flatMap((from) =>
      (Object.keys(MALFORMED) as Array<keyof typeof MALFORMED>).map(
        (shape) => [from, shape] as const,
      ),
    ),
  )('openai client ← %s upstream answering %s: 502 without a TypeError', async (from, shape) => {
    suite.upstream.reply(malformedAnswer(shape))
    const client = INBOUND_CLIENTS.openai
    const answer = await call(suite.gw.url, client, { model: modelFor(from) })
    const error = expectErrorAnswer(client, answer, 'upstream')
    expect(error.message).not.toMatch(CRASH_TEXT)
    expect(answer.text).not.toMatch(CRASH_TEXT)
    await expectHealthy(suite.gw.url)
  })

  it.each(
    ROTATION.flatMap(([inbound, from]) =>
      (Object.keys(MALFORMED_DELTA) as Array<keyof typeof MALFORMED_DELTA>).map(
        (shape) => [inbound, from, shape] as const,
      ),
    ),
  )(
    '%s client ← %s upstream streaming a chunk with %s: in-stream error without a TypeError',
    async (inbound, from, shape) => {
      suite.upstream.reply((request, res) => {
        const opening = sseText(from, textParts('fine').slice(0, 2))
        answerRaw(
          200,
          streamHeaders(from),
          opening + malformedChunk(from, MALFORMED_DELTA[shape]),
        )(request, res)
      })
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.gw.url, client, { model: modelFor(from), stream: true })
      const error = expectStreamError(answer)
      expect(error.message).not.toMatch(CRASH_TEXT)
      expect(answer.text).not.toMatch(CRASH_TEXT)
    },
  )
})

/** The sum of a counter's samples in a Prometheus text scrape (0 when absent). */
function counterSum(text: string, name: string): number {
  let sum = 0
  for (const line of text.split('\n')) {
    // `name` alone sums every series; `name{labels}` (in exposition order) picks one.
    if (
      line.startsWith(name.endsWith('}') ? `${name} ` : `${name}{`) ||
      line.startsWith(`${name} `)
    ) {
      sum += Number(line.slice(line.lastIndexOf(' ') + 1))
    }
  }
  return sum
}

async function scrape(): Promise<string> {
  const response = await fetch(`${suite.gw.url}/metrics`, { signal: AbortSignal.timeout(2000) })
  return response.text()
}

describe('/metrics counts local errors apart from upstream errors', () => {
  it(`a refused request never moves ${UPSTREAM_ERRORS}; a malformed upstream answer never moves ${LOCAL_ERRORS}`, async () => {
    const before = await scrape()
    expect(before, `no ${LOCAL_ERRORS} series`).toContain(`# TYPE ${LOCAL_ERRORS} counter`)
    const client = INBOUND_CLIENTS.openai
    const local = await call(suite.gw.url, client, {
      model: modelFor('openai'),
      body: deepToolBody('openai', modelFor('openai')),
    })
    expect(local.status).toBe(400)
    const afterLocal = await scrape()
    expect(counterSum(afterLocal, UPSTREAM_ERRORS)).toBe(counterSum(before, UPSTREAM_ERRORS))
    expect(
      counterSum(afterLocal, `${REQUEST_ERRORS}{inbound="openai",status="400"}`) -
        counterSum(before, `${REQUEST_ERRORS}{inbound="openai",status="400"}`),
    ).toBe(1)

    suite.upstream.reply(malformedAnswer('choices:[5]'))
    const remote = await call(suite.gw.url, client, { model: modelFor('openai') })
    expect(remote.status).toBe(502)
    const afterRemote = await scrape()
    expect(counterSum(afterRemote, LOCAL_ERRORS)).toBe(counterSum(afterLocal, LOCAL_ERRORS))
    expect(counterSum(afterRemote, UPSTREAM_ERRORS)).toBeGreaterThan(
      counterSum(afterLocal, UPSTREAM_ERRORS),
    )
  })
})
