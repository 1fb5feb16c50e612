import type { Readable } from 'node:stream'
import type { SseEvent } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import { Client, errors } from '@elastic/elasticsearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../emulator-types'
import { startEmulator } from '../start-emulator'
import { postJson, readSseEvents } from '../test-support/read-sse-events'

const KEY = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=='
const weather = {
  type: 'function',
  function: {
    name: 'get_current_weather',
    parameters: { type: 'object', properties: { location: { type: 'string' } } },
  },
}

let emulator: Emulator
let client: Client

beforeAll(async () => {
  emulator = await startEmulator({ dialect: 'elastic', apiKey: KEY })
  client = new Client({ node: emulator.url, auth: { apiKey: KEY }, maxRetries: 0 })
})
afterAll(async () => {
  await client.close()
  await emulator.close()
})

type Message = { role: string; content: string }

/** What Kibana does: `chatCompletionUnified` with `asStream`, then SSE over the body. */
async function chat(messages: Message[], extra: Record<string, unknown> = {}) {
  const result = await client.inference.chatCompletionUnified(
    { inference_id: 'openai-chat', chat_completion_request: { messages, ...extra } as never },
    { asStream: true, meta: true },
  )
  let raw = ''
  const events: SseEvent[] = []
  const parser = createSseParser({ onEvent: (event) => events.push(event) })
  for await (const chunk of result.body as unknown as Readable) {
    raw += Buffer.from(chunk).toString('utf8')
    parser.feed(chunk)
  }
  parser.end()
  return { status: result.statusCode, headers: result.headers, raw, events }
}

const payloads = (events: SseEvent[]) =>
  events.filter((event) => event.data !== '[DONE]').map((event) => JSON.parse(event.data))

describe('Elastic emulator, read by @elastic/elasticsearch chatCompletionUnified', () => {
  it('streams bare chunks, a BOM before every event, usage always, then [DONE]', async () => {
    const { status, headers, raw, events } = await chat([
      { role: 'user', content: 'What is Elastic? [[chunks:3]]' },
    ])
    expect(status).toBe(200)
    expect(headers['content-type']).toBe('text/event-stream')
    expect(headers['x-elastic-product']).toBe('Elasticsearch')
    const frames = raw.split('\n\n').filter(Boolean)
    expect(frames.every((frame) => frame.startsWith('\uFEFFevent: message\ndata: '))).toBe(true)
    expect(events.every((event) => event.event === 'message')).toBe(true)
    expect(events.at(-1)?.data).toBe('[DONE]')
    const chunks = payloads(events)
    expect(chunks[0]).toEqual({
      id: 'chatcmpl-emulator-0',
      choices: [{ delta: { content: '', role: 'assistant' }, index: 0 }],
      model: 'openai-chat',
      object: 'chat.completion.chunk',
    })
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(
      'What is Elastic?',
    )
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { completion_tokens: 3, prompt_tokens: 4, total_tokens: 7 },
    })
  })

  it('streams parallel tool calls whose argument fragments reassemble by index', async () => {
    const { events } = await chat([{ role: 'user', content: '[[tools:parallel]]' }], {
      tools: [weather, { type: 'function', function: { name: 'get_time' } }],
      tool_choice: 'auto',
    })
    const calls: Record<number, { name?: string; arguments: string }> = {}
    for (const chunk of payloads(events)) {
      for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
        calls[delta.index] ??= { arguments: '' }
        const call = calls[delta.index]!
        if (delta.function?.name) call.name = delta.function.name
        call.arguments += delta.function?.arguments ?? ''
      }
    }
    expect(calls).toEqual({
      0: { name: 'get_current_weather', arguments: '{"location":"sample location"}' },
      1: { name: 'get_time', arguments: '{}' },
    })
    expect(
      payloads(events).find((chunk) => chunk.choices[0]?.finish_reason)?.choices[0].finish_reason,
    ).toBe('tool_calls')
  })

  it('ends a mid-stream failure with one event: error and no [DONE]', async () => {
    const { status, events } = await chat([
      { role: 'user', content: 'one two three [[midstream-error:1]]' },
    ])
    expect(status).toBe(200)
    expect(events.map((event) => event.event)).toEqual(['message', 'message', 'error'])
    expect(JSON.parse(events[2]!.data)).toEqual({
      error: {
        code: 'stream_error',
        message: 'Emulated error in the middle of the stream',
        type: 'error',
      },
    })
  })

  it.each([
    ['[[error:429]] [[retry-after:4]]', 429, { code: 'too_many_requests' }],
    ['[[error:404]]', 404, { code: 'not_found', type: 'resource_not_found_exception' }],
    [
      '[[error:502]]',
      400,
      { code: 'bad_request', message: expect.stringContaining('status [502]') },
    ],
  ])('answers %s before the stream as SSE with status %s', async (prompt, status, error) => {
    const result = await chat([{ role: 'user', content: prompt }])
    expect(result.status).toBe(status)
    expect(result.raw.startsWith('\uFEFFevent: error\n')).toBe(true)
    expect(result.events).toHaveLength(1)
    expect(JSON.parse(result.events[0]!.data).error).toMatchObject(error)
    if (status === 429) expect(result.headers['retry-after']).toBe('4')
  })

  it('rejects a wrong API key through the security layer (JSON, 401)', async () => {
    const stranger = new Client({
      node: emulator.url,
      auth: { apiKey: 'bm9wZTpub3Bl' },
      maxRetries: 0,
    })
    const failure = await stranger.inference
      .chatCompletionUnified({
        inference_id: 'x',
        chat_completion_request: { messages: [{ role: 'user', content: 'hi' }] },
      })
      .catch((error: unknown) => error)
    await stranger.close()
    expect(failure).toBeInstanceOf(errors.ResponseError)
    const { meta } = failure as errors.ResponseError
    expect(meta.statusCode).toBe(401)
    expect(meta.body).toMatchObject({
      error: { type: 'security_exception', root_cause: [{ type: 'security_exception' }] },
      status: 401,
    })
    expect(meta.headers?.['www-authenticate']).toContain('ApiKey')
  })
})

describe('Elastic emulator rejects what Elasticsearch 8.18 rejects', () => {
  const STREAM = '/_inference/chat_completion/openai-chat/_stream'
  const url = (path = STREAM) => `${emulator.url}${path}`
  const auth = { authorization: `ApiKey ${KEY}` }
  const user = [{ role: 'user', content: 'hi' }]

  it.each([
    ['n (unknown field)', { messages: user, n: 1 }, 'x_content_parse_exception'],
    ['stream (unknown field)', { messages: user, stream: true }, 'x_content_parse_exception'],
    ['max_tokens (unknown field)', { messages: user, max_tokens: 5 }, 'x_content_parse_exception'],
    [
      'a message name',
      { messages: [{ role: 'user', content: 'hi', name: 'bob' }] },
      'x_content_parse_exception',
    ],
    [
      'null content',
      { messages: [{ role: 'assistant', content: null }] },
      'x_content_parse_exception',
    ],
    [
      'an image_url part',
      {
        messages: [
          { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
        ],
      },
      'x_content_parse_exception',
    ],
    ['no messages', {}, 'illegal_argument_exception'],
  ])('%s → 400 %s in the ES JSON envelope, before any stream', async (_name, body, type) => {
    const response = await postJson(url(), body, auth)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    const payload = await response.json()
    expect(payload).toMatchObject({ error: { type, root_cause: [{ type }] }, status: 400 })
  })

  it('answers an empty messages list as ES validates it: in the stream, ES envelope', async () => {
    const response = await postJson(url(), { messages: [] }, auth)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const events = await readSseEvents(response)
    expect(events.map((event) => event.event)).toEqual(['error'])
    expect(JSON.parse(events[0]?.data ?? '')).toEqual({
      error: {
        root_cause: [
          {
            type: 'action_request_validation_exception',
            reason: 'Validation Failed: 1: Field [messages] cannot be an empty array;',
          },
        ],
        type: 'action_request_validation_exception',
        reason: 'Validation Failed: 1: Field [messages] cannot be an empty array;',
      },
      status: 400,
    })
  })

  it('accepts what ES coerces: string numbers, a single message object, the developer role', async () => {
    const response = await postJson(
      url(),
      {
        messages: { role: 'developer', content: 'hi' },
        temperature: '0.2',
        max_completion_tokens: '16',
      },
      auth,
    )
    expect(response.status).toBe(200)
    const events = await readSseEvents(response)
    expect(events.at(-1)?.data).toBe('[DONE]')
  })

  it.each([
    [
      'the non-streaming path',
      'POST',
      '/_inference/chat_completion/openai-chat',
      400,
      {
        error: {
          type: 'status_exception',
          reason: expect.stringContaining('only supports streaming'),
        },
        status: 400,
      },
    ],
    [
      'GET on the stream path',
      'GET',
      STREAM,
      405,
      { error: expect.stringContaining('Incorrect HTTP method'), status: 405 },
    ],
    [
      'an unknown path',
      'POST',
      '/_inference/chat_completion',
      400,
      { error: expect.stringContaining('no handler found for uri'), status: 400 },
    ],
    [
      'an empty body',
      'POST',
      STREAM,
      400,
      { error: { type: 'parse_exception', reason: 'request body is required' }, status: 400 },
    ],
  ])('%s → %s as ES JSON', async (_name, method, path, status, body) => {
    const response = await fetch(url(path), {
      method,
      headers: auth,
      ...(method === 'POST' ? { body: '' } : {}),
    })
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect(await response.json()).toMatchObject(body)
  })

  // Regression: `Basic base64(<key>)` (no `user:`) was accepted; ES's UsernamePasswordToken refuses it.
  it.each([
    ['without a colon', `Basic ${btoa(KEY)}`],
    ['not base64', `Basic ${KEY}!`],
  ])('refuses Basic credentials %s with 401 security_exception', async (_case, authorization) => {
    const response = await postJson(url(), { messages: user }, { authorization })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { type: 'security_exception' } })
  })

  it('serves the untyped /_inference/{id}/_stream path too, with Basic and Bearer auth', async () => {
    const basic = `Basic ${Buffer.from(`elastic:${KEY}`).toString('base64')}`
    for (const authorization of [basic, `Bearer ${KEY}`]) {
      const response = await postJson(
        url('/_inference/openai-chat/_stream'),
        { messages: user },
        { authorization },
      )
      expect(response.status).toBe(200)
      expect((await readSseEvents(response)).at(-1)?.data).toBe('[DONE]')
    }
  })
})
