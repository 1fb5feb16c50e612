import OpenAI, { type APIError } from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../emulator-types'
import { startEmulator } from '../start-emulator'
import { postJson } from '../test-support/read-sse-events'

const KEY = 'sk-test-0123456789abcdef'
const weather = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { location: { type: 'string' } } },
  },
}
const time = {
  type: 'function' as const,
  function: { name: 'get_time', parameters: { type: 'object' } },
}

let emulator: Emulator
let client: OpenAI

beforeAll(async () => {
  emulator = await startEmulator({ dialect: 'openai', apiKey: KEY })
  client = new OpenAI({ apiKey: KEY, baseURL: `${emulator.url}/v1`, maxRetries: 0 })
})
afterAll(() => emulator.close())

describe('OpenAI emulator, read by the official openai client', () => {
  it('streams text in N chunks with usage', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: '[[text:Hello from the wire]] [[chunks:4]]' }],
      stream: true,
      stream_options: { include_usage: true },
    })
    const pieces: string[] = []
    let usage: OpenAI.CompletionUsage | null | undefined
    let finish: string | null | undefined
    for await (const chunk of stream) {
      const content = chunk.choices[0]?.delta.content
      if (content) pieces.push(content)
      finish ??= chunk.choices[0]?.finish_reason
      if (chunk.usage) usage = chunk.usage
    }
    expect(pieces).toEqual(['Hell', 'o fro', 'm the', ' wire'])
    expect(finish).toBe('stop')
    expect(usage).toEqual({ prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 })
  })

  it('answers without a stream: echo, usage, logprobs', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hello' },
      ],
      logprobs: true,
      top_logprobs: 2,
    })
    expect(completion.choices[0]?.message.content).toBe('Say hello')
    expect(completion.usage).toMatchObject({
      prompt_tokens: 4,
      completion_tokens: 2,
      total_tokens: 6,
    })
    const logprobs = completion.choices[0]?.logprobs?.content
    expect(logprobs?.map((entry) => [entry.token, entry.top_logprobs.length])).toEqual([
      ['Say', 2],
      [' hello', 2],
    ])
  })

  it('calls one tool when the prompt asks', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Please call get_weather for Boston' }],
      tools: [weather, time],
    })
    const choice = completion.choices[0]
    expect(choice?.finish_reason).toBe('tool_calls')
    expect(choice?.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_emulator_/),
        type: 'function',
        function: { name: 'get_weather', arguments: '{"location":"sample location"}' },
      },
    ])
  })

  it.each(['[[tools:parallel]]', '[[tools:parallel-interleaved]]'])(
    'streams parallel tool calls (%s) that the SDK reassembles',
    async (directive) => {
      const runner = client.chat.completions.stream({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: `Weather and time? ${directive}` }],
        tools: [weather, time],
        stream_options: { include_usage: true },
      })
      const final = await runner.finalChatCompletion()
      const calls = final.choices[0]?.message.tool_calls?.map((call) =>
        call.type === 'function' ? [call.function.name, JSON.parse(call.function.arguments)] : [],
      )
      expect(calls).toEqual([
        ['get_weather', { location: 'sample location' }],
        ['get_time', {}],
      ])
      expect(final.choices[0]?.finish_reason).toBe('tool_calls')
      expect(final.usage?.completion_tokens).toBeGreaterThan(2)
    },
  )

  it('streams each parallel call whole, so the SDK closes each call exactly once', async () => {
    const done: [string, string][] = []
    await client.chat.completions
      .stream({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Weather and time? [[tools:parallel]]' }],
        tools: [weather, time],
      })
      .on('tool_calls.function.arguments.done', (event) => done.push([event.name, event.arguments]))
      .finalChatCompletion()
    expect(done).toEqual([
      ['get_weather', '{"location":"sample location"}'],
      ['get_time', '{}'],
    ])
  })

  it('streams n choices that the SDK assembles separately', async () => {
    const final = await client.chat.completions
      .stream({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Two ways' }], n: 2 })
      .finalChatCompletion()
    expect(final.choices.map((choice) => [choice.index, choice.message.content])).toEqual([
      [0, 'Two ways'],
      [1, 'Two ways'],
    ])
  })

  it.each([
    ['[[error:429]]', OpenAI.RateLimitError, 429, 'rate_limit_error'],
    ['[[error:500]]', OpenAI.InternalServerError, 500, 'server_error'],
    ['[[error:503]] [[retry-after:30]]', OpenAI.InternalServerError, 503, 'server_error'],
  ])('raises %s as the SDK error class', async (prompt, ErrorClass, status, type) => {
    const failure = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ErrorClass)
    expect(failure).toMatchObject({ status, type })
    if (status !== 500) expect((failure as APIError).headers?.get('retry-after')).toMatch(/^\d+$/)
  })

  it('raises an in-stream error as APIError while iterating', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'one two three four [[midstream-error:2]]' }],
      stream: true,
    })
    const pieces: string[] = []
    const failure = await (async () => {
      for await (const chunk of stream) pieces.push(chunk.choices[0]?.delta.content ?? '')
    })().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(OpenAI.APIError)
    expect((failure as APIError).message).toContain('Emulated error in the middle of the stream')
    expect(pieces.join('')).toBe('one two')
  })

  it('rejects a wrong key with AuthenticationError and invalid_api_key', async () => {
    const stranger = new OpenAI({
      apiKey: 'sk-wrong-key-000000',
      baseURL: `${emulator.url}/v1`,
      maxRetries: 0,
    })
    const failure = await stranger.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(OpenAI.AuthenticationError)
    expect(failure).toMatchObject({ code: 'invalid_api_key', type: 'invalid_request_error' })
    expect((failure as Error).message).toContain('Incorrect API key provided: sk-************0000')
  })
})

describe('OpenAI emulator rejects what the OpenAI API rejects', () => {
  const url = () => `${emulator.url}/v1/chat/completions`
  const auth = { authorization: `Bearer ${KEY}` }
  const user = [{ role: 'user', content: 'hi' }]

  it.each([
    [
      'temperature above 2',
      { model: 'm', messages: user, temperature: 2.5 },
      'temperature',
      'value_above_maximum',
    ],
    ['missing messages', { model: 'm' }, 'messages', 'missing_required_parameter'],
    ['n below 1', { model: 'm', messages: user, n: 0 }, 'n', 'value_below_minimum'],
    [
      'a message without role',
      { model: 'm', messages: [{ content: 'hi' }] },
      'messages[0].role',
      expect.any(String),
    ],
    [
      'five stop sequences',
      { model: 'm', messages: user, stop: ['a', 'b', 'c', 'd', 'e'] },
      'stop',
      expect.any(String),
    ],
    [
      'top_logprobs above 20',
      { model: 'm', messages: user, logprobs: true, top_logprobs: 21 },
      'top_logprobs',
      'value_above_maximum',
    ],
  ])('%s → 400 naming %s', async (_name, body, param, code) => {
    const response = await postJson(url(), body, auth)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    const { error } = (await response.json()) as { error: Record<string, unknown> }
    expect(error).toMatchObject({ type: 'invalid_request_error', param, code })
    expect(Object.keys(error).sort()).toEqual(['code', 'message', 'param', 'type'])
  })

  // top_k & co are OpenAI-compatible servers' extras: api.openai.com refuses them too.
  it.each([
    ['max_output_tokens', 5],
    ['top_k', 5],
    ['min_p', null],
    ['chat_template_kwargs', { enable_thinking: false }],
  ])('rejects the unknown top-level field %s the way the API words it', async (field, value) => {
    const response = await postJson(url(), { model: 'm', messages: user, [field]: value }, auth)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: {
        message: `Unrecognized request argument supplied: ${field}`,
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    })
  })

  it.each([
    ['a body that is not JSON', url, '{"model":', auth, 400, /could not parse the JSON body/],
    [
      'no Authorization header',
      url,
      { model: 'm', messages: user },
      {},
      401,
      /didn't provide an API key/,
    ],
    [
      'a Basic Authorization header',
      url,
      { model: 'm', messages: user },
      { authorization: `Basic ${KEY}` },
      401,
      /didn't provide an API key/,
    ],
    [
      'an unknown path',
      () => `${emulator.url}/v1/chat/completion`,
      { model: 'm', messages: user },
      auth,
      404,
      /Invalid URL \(POST \/v1\/chat\/completion\)/,
    ],
  ])('%s → %s', async (_name, target, body, headers, status, message) => {
    const response = await postJson(target(), body, headers)
    expect(response.status).toBe(status)
    const { error } = (await response.json()) as { error: { message: string; type: string } }
    expect(error.message).toMatch(message)
    expect(error.type).toBe('invalid_request_error')
    expect(emulator.requests.at(-1)).toMatchObject({ body, status, outcome: 'rejected' })
  })
})
