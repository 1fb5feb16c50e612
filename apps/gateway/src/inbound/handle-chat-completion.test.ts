import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { createFakeUpstreamGateway } from '../test-support/create-fake-upstream-gateway'
import { brokenSseReply, jsonReply, type Reply, sseReply } from '../test-support/fake-fetch'
import { readFixture } from '../test-support/read-fixture'

const TEXT_SSE = readFixture('openai-text.sse')
const TEXT_JSON = readFixture('openai-text.json')
const OVERLOADED =
  '{"error":{"message":"The server is overloaded","type":"server_error","param":null,"code":null}}'
const RATE_LIMITED =
  '{"error":{"message":"Slow down","type":"requests","param":null,"code":"rate_limit_exceeded"}}'
const MAIN_URL = 'http://upstream.test/v1/chat/completions'
const BACKUP_URL = 'http://backup.test/v1/chat/completions'

const config = (patch: Partial<GatewayConfig> = {}): GatewayConfig => ({
  upstreams: {
    main: {
      dialect: 'openai',
      baseURL: 'http://upstream.test/v1',
      apiKey: 'sk-up',
      timeoutMs: 1000,
    },
    backup: { dialect: 'openai', baseURL: 'http://backup.test/v1', apiKey: 'sk-backup' },
  },
  routes: [
    { match: 'gpt-*', upstream: 'main', model: 'gpt-4o-mini', fallbacks: ['backup'] },
    { match: 'plain', upstream: 'main' },
  ],
  ...patch,
})

const setup = (replies: Reply[], patch?: Partial<GatewayConfig>) =>
  createFakeUpstreamGateway(config(patch), replies)

const hello = (extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

describe('handleChatCompletion (OpenAI in, OpenAI up)', () => {
  it('rewrites the model, sends the upstream key, and answers non-streaming JSON', async () => {
    const { fetch, post } = setup([jsonReply(200, TEXT_JSON)])
    const response = await post(hello())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('chatwire-upstream')).toBe('main')
    const body = await response.json()
    expect(body.choices[0].message.content).toBe('Hello! How can I assist you today?')
    expect(body.usage.total_tokens).toBe(29)
    expect(fetch.calls[0]?.url).toBe('http://upstream.test/v1/chat/completions')
    expect(fetch.calls[0]?.headers.authorization).toBe('Bearer sk-up')
    expect(fetch.calls[0]?.body).toMatchObject({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello' }],
    })
  })

  it('streams the upstream events through, split anywhere, usage kept when asked', async () => {
    const cut = [TEXT_SSE.slice(0, 37), TEXT_SSE.slice(37, 400), TEXT_SSE.slice(400)]
    const { post } = setup([sseReply(...cut)])
    const response = await post(hello({ stream: true, stream_options: { include_usage: true } }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    const text = await response.text()
    const events = text.split('\n\n').filter(Boolean)
    expect(events.at(-1)).toBe('data: [DONE]')
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event.slice(6)))
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(
      'Hello there',
    )
    expect(chunks.at(-1).usage).toEqual({
      prompt_tokens: 8,
      completion_tokens: 4,
      total_tokens: 12,
    })
  })

  it('drops the usage chunk when the client did not ask for it', async () => {
    const { post } = setup([sseReply(TEXT_SSE)])
    const text = await (await post(hello({ stream: true }))).text()
    expect(text).not.toContain('"prompt_tokens"')
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true)
  })

  it('a mid-stream transport failure becomes an in-stream error event, not a silent end', async () => {
    const firstTwo = `${TEXT_SSE.split('\n\n').slice(0, 2).join('\n\n')}\n\n`
    const { post } = setup([brokenSseReply(firstTwo)])
    const response = await post(hello({ stream: true }))
    expect(response.status).toBe(200)
    const events = (await response.text()).split('\n\n').filter(Boolean)
    expect(events).toHaveLength(3)
    expect(JSON.parse(events[2]!.slice(6))).toEqual({
      error: {
        message: "Upstream 'main' stream broke: connection lost",
        type: 'server_error',
        param: null,
        code: null,
      },
    })
  })

  it('a stream that ends without [DONE] ends with an error event', async () => {
    const withoutDone = TEXT_SSE.replace('data: [DONE]\n\n', '')
    const { post } = setup([sseReply(withoutDone)])
    const text = await (await post(hello({ stream: true }))).text()
    expect(text).not.toContain('data: [DONE]')
    const last = text.split('\n\n').filter(Boolean).at(-1)
    expect(JSON.parse(last!.slice(6)).error.message).toMatch(/ended without \[DONE\]/)
  })

  it.each([
    [
      'invalid JSON',
      '{"model":',
      400,
      { type: 'invalid_request_error', message: 'The request body is not valid JSON.' },
    ],
    [
      'a bad field',
      { model: 'gpt-4o', messages: [{ role: 'user', content: 7 }] },
      400,
      { param: 'messages[0].content' },
    ],
    [
      'an unrouted model',
      { model: 'claude-3', messages: [{ role: 'user', content: 'x' }] },
      404,
      { code: 'model_not_found', param: 'model' },
    ],
  ])('answers %s with an OpenAI error', async (_, body, status, error) => {
    const { fetch, post } = setup([jsonReply(200, TEXT_JSON)])
    const response = await post(body)
    expect(response.status).toBe(status)
    expect((await response.json()).error).toMatchObject(error)
    expect(fetch.calls).toHaveLength(0)
  })

  it('maps an upstream 4xx by kind, without trying the fallback', async () => {
    const upstreamError =
      '{"error":{"message":"Invalid value for \'temperature\': must be <= 2.","type":"invalid_request_error","param":"temperature","code":"invalid_value"}}'
    const { fetch, post } = setup([jsonReply(400, upstreamError)])
    const response = await post(hello())
    expect(response.status).toBe(400)
    expect((await response.json()).error).toEqual({
      message: "Invalid value for 'temperature': must be <= 2.",
      type: 'invalid_request_error',
      param: 'temperature',
      code: 'invalid_value',
    })
    expect(fetch.calls).toHaveLength(1)
  })

  // [what, upstream replies, config patch, upstream that answered, [url, authorization] per call]
  it.each<[string, Reply[], Partial<GatewayConfig>, string, [string, string | undefined][]]>([
    [
      'falls back on a retryable upstream failure before the first byte',
      [jsonReply(503, OVERLOADED), jsonReply(200, TEXT_JSON)],
      {},
      'backup',
      [
        [MAIN_URL, 'Bearer sk-up'],
        [BACKUP_URL, 'Bearer sk-backup'],
      ],
    ],
    [
      'retries the same upstream first when it has retries',
      [jsonReply(503, OVERLOADED), jsonReply(200, TEXT_JSON)],
      {
        upstreams: { main: { dialect: 'openai', baseURL: 'http://upstream.test/v1', retries: 1 } },
        routes: [{ match: '*', upstream: 'main' }],
      },
      'main',
      [
        [MAIN_URL, undefined],
        [MAIN_URL, undefined],
      ],
    ],
    [
      'does not wait out a long Retry-After: it goes to the fallback',
      [jsonReply(429, RATE_LIMITED, { 'retry-after': '60' }), jsonReply(200, TEXT_JSON)],
      {
        upstreams: {
          main: { dialect: 'openai', baseURL: 'http://upstream.test/v1', retries: 3 },
          backup: { dialect: 'openai', baseURL: 'http://backup.test/v1' },
        },
      },
      'backup',
      [
        [MAIN_URL, undefined],
        [BACKUP_URL, undefined],
      ],
    ],
  ])('%s', async (_, replies, patch, answeredBy, calls) => {
    const { fetch, post } = setup(replies, patch)
    const response = await post(hello())
    expect(response.status).toBe(200)
    expect(response.headers.get('chatwire-upstream')).toBe(answeredBy)
    expect(fetch.calls.map((call) => [call.url, call.headers.authorization])).toEqual(calls)
  })

  it('passes an upstream 429 on with its Retry-After', async () => {
    const { post } = setup([jsonReply(429, RATE_LIMITED, { 'retry-after': '7' })], {
      routes: [{ match: '*', upstream: 'main' }],
    })
    const response = await post(hello())
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect((await response.json()).error).toMatchObject({
      message: 'Slow down',
      code: 'rate_limit_exceeded',
    })
  })

  it('answers 502 when no upstream is reachable', async () => {
    const refused: Reply = () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    }
    const { post } = setup([refused])
    const response = await post(hello())
    expect(response.status).toBe(502)
    expect((await response.json()).error.message).toBe(
      "Upstream 'backup' is unreachable: ECONNREFUSED",
    )
  })

  it('answers 504 when the upstream does not answer in time', async () => {
    const never: Reply = (call) =>
      new Promise((_, reject) =>
        call.signal.addEventListener('abort', () => reject(call.signal.reason)),
      )
    const { post } = setup([never], { routes: [{ match: '*', upstream: 'main' }] })
    const response = await post(hello())
    expect(response.status).toBe(504)
    expect((await response.json()).error.message).toBe(
      "Upstream 'main' did not answer within 1000 ms",
    )
  })

  it('answers an Elastic client with the documented wrapped chunks when the route says so', async () => {
    const { app } = setup([sseReply(TEXT_SSE)], {
      routes: [{ match: 'my-endpoint', upstream: 'main', elasticChunks: 'wrapped' }],
    })
    const response = await app.request('/_inference/chat_completion/my-endpoint/_stream', {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Hello' }] }),
    })
    expect(response.status).toBe(200)
    const events = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(await response.arrayBuffer())
      .split('\n\n')
      .filter(Boolean)
    expect(events[0]).toMatch(
      /^\uFEFFevent: message\ndata: \{"chat_completion":\{"id":"chatcmpl-123"/,
    )
    expect(events.at(-1)).toBe('\uFEFFevent: message\ndata: [DONE]')
  })

  it('checks the gateway key before anything else', async () => {
    const { fetch, post } = setup([jsonReply(200, TEXT_JSON)], { auth: { keys: ['gw-1'] } })
    const denied = await post(hello(), { authorization: 'Bearer nope' })
    expect(denied.status).toBe(401)
    expect((await denied.json()).error).toMatchObject({
      type: 'authentication_error',
      code: 'invalid_api_key',
    })
    expect(fetch.calls).toHaveLength(0)
    expect((await post(hello(), { authorization: 'Bearer gw-1' })).status).toBe(200)
  })
})

describe('handleChatCompletion (Elastic in): a body that is not JSON, as Elasticsearch’s REST layer answers it', () => {
  const path = '/_inference/chat_completion/gpt-4o/_stream'
  it.each([
    [
      'malformed JSON',
      '{"messages":',
      'x_content_parse_exception',
      `[1:1] Failed to parse the request body of [${path}]: not valid JSON`,
    ],
    ['an empty body', '', 'parse_exception', 'request body is required'],
  ])('%s: 400 with the JSON envelope, not an event stream', async (_name, body, type, reason) => {
    const { app, fetch } = setup([])
    const response = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect(await response.json()).toEqual({
      error: { root_cause: [{ type, reason }], type, reason },
      status: 400,
    })
    expect(fetch.calls).toHaveLength(0)
  })
})
