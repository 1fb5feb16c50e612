import type { ChatStreamPart } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import {
  authorizationFor,
  call,
  expectErrorAnswer,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
} from '../test-support/fault-harness'
import {
  answerError,
  type FaultHandler,
  sseText,
  streamHeaders,
  textParts,
} from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

/** `Hello` is 5 characters: 2 prompt tokens by the gateway's estimate. */
const PROMPT_TOKENS = 2

const rpmKeys = INBOUND.map((dialect) => ({
  name: `rpm-${dialect}`,
  key: `gw-rpm-${dialect}`,
  limits: { requestsPerMinute: 1 },
}))
const tpm = (name: string) => ({ name, key: `gw-${name}`, limits: { tokensPerMinute: 600 } })

/**
 * One key per test, so that no test spends another's budget. (The Node fast path and the
 * portable app both run this file: the `gateway (fetch adapter)` project runs it again.)
 */
const suite = useFaultSuite({
  gateway: {
    auth: {
      keys: [
        'gw-plain',
        ...rpmKeys,
        tpm('tpm-too-large'),
        tpm('tpm-usage'),
        tpm('tpm-streamed'),
        tpm('tpm-refund'),
        { name: 'openai-only', key: 'gw-openai-only', models: [modelFor('openai')] },
      ],
    },
  },
})

const url = () => suite.gateway.url
const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

/** A chat call for the openai route from a `dialect` client (default OpenAI) with `Bearer key`. */
const callWithKey = (key: string, dialect: Dialect = 'openai') =>
  call(url(), INBOUND_CLIENTS[dialect], { model: modelFor('openai'), headers: bearer(key) })

/** A stream of `text` in the upstream's dialect, with a usage chunk when `usage` is given. */
function answerStream(text: string, usage?: { prompt: number; completion: number }): FaultHandler {
  return (request, res) => {
    const parts = textParts(text)
    const done = parts.pop() as ChatStreamPart
    if (usage) {
      parts.push({
        type: 'chunk',
        id: 'chatcmpl-fault',
        model: 'fault-model',
        created: 1_700_000_000,
        choices: [],
        usage: {
          promptTokens: usage.prompt,
          completionTokens: usage.completion,
          totalTokens: usage.prompt + usage.completion,
        },
      })
    }
    res.writeHead(200, streamHeaders(request.dialect))
    res.end(sseText(request.dialect, [...parts, done]))
  }
}

/** An OpenAI-dialect chat call with `max_tokens`, streamed. */
const withMaxTokens = (key: string, maxTokens: number) =>
  call(url(), INBOUND_CLIENTS.openai, {
    model: modelFor('openai'),
    headers: bearer(key),
    body: {
      model: modelFor('openai'),
      messages: [{ role: 'user', content: 'Hello' }],
      max_tokens: maxTokens,
      stream: true,
    },
  })

describe('requestsPerMinute', () => {
  it.each(INBOUND)(
    'a %s client gets its dialect’s 429 with Retry-After on the second request of a minute',
    async (dialect: Dialect) => {
      const client = INBOUND_CLIENTS[dialect]
      const first = await callWithKey(`gw-rpm-${dialect}`, dialect)
      expect(first.status, first.text).toBe(200)
      const second = await callWithKey(`gw-rpm-${dialect}`, dialect)
      const error = expectErrorAnswer(client, second, 'rate_limit')
      expect(second.status).toBe(429)
      // One request per minute refills in 60 s.
      expect(second.headers.get('retry-after')).toBe('60')
      expect(error.message).toContain(`rpm-${dialect}`)
      expect(second.text).not.toContain(`gw-rpm-${dialect}`)
    },
  )
})

describe('the 429 bodies are each server’s own', () => {
  it('OpenAI: type requests, code rate_limit_exceeded', async () => {
    const answer = await callWithKey('gw-rpm-openai')
    expect(answer.status).toBe(429)
    expect(JSON.parse(answer.text).error).toMatchObject({
      type: 'requests',
      code: 'rate_limit_exceeded',
      param: null,
    })
  })

  it('Elasticsearch: its standard envelope with status 429, as JSON', async () => {
    const answer = await call(url(), INBOUND_CLIENTS.elastic, {
      model: modelFor('openai'),
      headers: { authorization: authorizationFor(INBOUND_CLIENTS.elastic, 'gw-rpm-elastic') },
    })
    expect(answer.headers.get('content-type')).toBe('application/json')
    const body = JSON.parse(answer.text)
    expect(body.status).toBe(429)
    expect(body.error).toMatchObject({
      type: 'es_rejected_execution_exception',
      root_cause: [{ type: 'es_rejected_execution_exception' }],
    })
  })
})

describe('tokensPerMinute', () => {
  it('refuses at once, without Retry-After, a request whose estimate exceeds the limit', async () => {
    const before = suite.upstream.requests.length
    const answer = await withMaxTokens('gw-tpm-too-large', 1000)
    expectErrorAnswer(INBOUND_CLIENTS.openai, answer, 'rate_limit')
    expect(answer.headers.get('retry-after')).toBeNull()
    expect(answer.text).toContain('Request too large')
    expect(suite.upstream.requests.length).toBe(before)
  })

  it('settles a stream with the usage it reported: the unused reservation comes back', async () => {
    suite.upstream.reply(answerStream('Hi', { prompt: 5, completion: 5 }))
    expect((await withMaxTokens('gw-tpm-usage', 500)).status).toBe(200)
    // 600 − 10 used: a second reservation of 502 fits only because the first was settled.
    const second = await withMaxTokens('gw-tpm-usage', 500)
    expect(second.status, second.text).toBe(200)
  })

  it('settles a stream without usage with the prompt estimate plus the text streamed', async () => {
    suite.upstream.reply(answerStream('x'.repeat(400)))
    expect((await withMaxTokens('gw-tpm-streamed', 500)).status).toBe(200)
    // Used: 2 + 100 → 498 left (and a few tokens refilled). 590 does not fit, as it would
    // had the stream been settled at zero…
    const refused = await withMaxTokens('gw-tpm-streamed', 588)
    expectErrorAnswer(INBOUND_CLIENTS.openai, refused, 'rate_limit')
    expect(JSON.parse(refused.text).error.type).toBe('tokens')
    // …and 480 fits, as it would not had the 500 reserved been kept.
    const fits = await withMaxTokens('gw-tpm-streamed', 478)
    expect(fits.status, fits.text).toBe(200)
  })

  it('gives the whole reservation back when the upstream fails', async () => {
    suite.upstream.reply(answerError({ kind: 'internal', message: 'upstream broke' }))
    const failed = await withMaxTokens('gw-tpm-refund', 500)
    expect(failed.status).toBeGreaterThanOrEqual(500)
    suite.upstream.reply(answerStream('ok', { prompt: PROMPT_TOKENS, completion: 1 }))
    const next = await withMaxTokens('gw-tpm-refund', 500)
    expect(next.status, next.text).toBe(200)
  })
})

describe('models', () => {
  it.each(INBOUND)(
    'a %s client gets its dialect’s 403 for a model outside the key’s globs',
    async (dialect) => {
      const client = INBOUND_CLIENTS[dialect]
      const headers = { authorization: authorizationFor(client, 'gw-openai-only') }
      const allowed = await call(url(), client, { model: modelFor('openai'), headers })
      expect(allowed.status, allowed.text).toBe(200)
      const refused = await call(url(), client, { model: modelFor('elastic'), headers })
      expectErrorAnswer(client, refused, 'permission')
      expect(refused.status).toBe(403)
    },
  )

  it('GET /v1/models lists only the models the key may use', async () => {
    const list = async (key: string) => {
      const response = await fetch(`${url()}/v1/models`, { headers: bearer(key) })
      return ((await response.json()) as { data: { id: string }[] }).data.map(({ id }) => id)
    }
    expect(await list('gw-openai-only')).toEqual([modelFor('openai')])
    expect(await list('gw-plain')).toEqual(INBOUND.map(modelFor))
  })
})

describe('/metrics', () => {
  it('counts requests, tokens and 429s by key name, never by the key', async () => {
    const plain = await callWithKey('gw-plain')
    expect(plain.status).toBe(200)
    const text = await (await fetch(`${url()}/metrics`)).text()
    expect(text).toMatch(/^chatwire_key_requests_total\{key="rpm-openai"\} 3$/m)
    expect(text).toMatch(
      /^chatwire_key_rate_limited_total\{key="rpm-openai",limit="requests"\} 2$/m,
    )
    expect(text).toMatch(
      /^chatwire_key_rate_limited_total\{key="tpm-too-large",limit="tokens"\} 1$/m,
    )
    expect(text).toMatch(/^chatwire_key_tokens_total\{key="tpm-usage",kind="prompt"\} 10$/m)
    expect(text).toMatch(/^chatwire_key_tokens_total\{key="tpm-usage",kind="completion"\} 10$/m)
    expect(text).toMatch(/^chatwire_key_requests_total\{key="unnamed"\} 1$/m)
    expect(text).not.toContain('gw-')
  })
})
