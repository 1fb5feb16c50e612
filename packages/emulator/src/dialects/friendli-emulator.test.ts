import { createFriendli } from '@friendliai/ai-provider'
import {
  APICallError,
  generateObject,
  generateText,
  jsonSchema,
  streamText,
  type Tool,
  type ToolSet,
  tool,
} from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../emulator-types'
import { startEmulator } from '../start-emulator'
import { postJson, readSseEvents } from '../test-support/read-sse-events'

const TOKEN = 'flp_test_0123456789'
const MODEL = 'meta-llama-3.1-8b-instruct'

let emulator: Emulator
let serverless: ReturnType<typeof createFriendli>
let toolAssisted: ReturnType<typeof createFriendli>

beforeAll(async () => {
  emulator = await startEmulator({ dialect: 'friendli', apiKey: TOKEN })
  const provider = (path: string) =>
    createFriendli({ apiKey: TOKEN, baseURL: `${emulator.url}${path}`, includeUsage: true })
  serverless = provider('/serverless/v1')
  toolAssisted = provider('/serverless/tools/v1')
})
afterAll(() => emulator.close())

// ai 6 types a tool without `execute` as no ToolSet member under exactOptionalPropertyTypes.
const weatherTools = {
  get_weather: tool({
    inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } } }),
  }) as ToolSet[string],
  get_time: tool({
    inputSchema: jsonSchema({ type: 'object', properties: {} }),
  }) as ToolSet[string],
}

// @friendliai/ai-provider 1.1.8 pins @ai-sdk/provider-utils 4.0.15 and ai 6 brings a newer copy,
// so the provider's Tool type is nominally another one; at runtime it is the same object.
const webSearchTool = () => toolAssisted.tools.webSearch() as unknown as Tool

describe('Friendli emulator, read by @friendliai/ai-provider with ai', () => {
  it('streams text in N chunks with usage', async () => {
    const result = streamText({
      model: serverless(MODEL),
      prompt: 'Stream this reply [[chunks:3]]',
      maxRetries: 0,
    })
    const pieces: string[] = []
    for await (const text of result.textStream) pieces.push(text)
    expect(pieces).toEqual(['Strea', 'm this', ' reply'])
    expect(await result.finishReason).toBe('stop')
    expect(await result.usage).toMatchObject({ inputTokens: 4, outputTokens: 3, totalTokens: 7 })
  })

  // The provider always sends json_schema.name (and description); Friendli's spec lists only
  // schema. Regression: the emulator answered 422 `json_schema.name: Unexpected property`.
  it('serves generateObject, whose json_schema carries name and description', async () => {
    const result = await generateObject({
      model: serverless(MODEL),
      schema: jsonSchema<{ city: string }>({
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
      }),
      schemaName: 'place',
      schemaDescription: 'A city.',
      prompt: 'Where? [[text:{"city":"Lisbon"}]]',
      maxRetries: 0,
    })
    expect(result.object).toEqual({ city: 'Lisbon' })
    const sent = result.request.body as string
    expect(JSON.parse(sent).response_format.json_schema).toMatchObject({
      name: 'place',
      description: 'A city.',
    })
  })

  it('answers without a stream', async () => {
    const result = await generateText({
      model: serverless(MODEL),
      prompt: 'Hello there',
      maxRetries: 0,
    })
    expect(result.text).toBe('Hello there')
    expect(result.usage).toMatchObject({ inputTokens: 2, outputTokens: 2 })
  })

  it('returns parallel function calls', async () => {
    const result = await generateText({
      model: serverless(MODEL),
      prompt: 'Weather and time please [[tools:parallel]]',
      tools: weatherTools,
      maxRetries: 0,
    })
    expect(result.finishReason).toBe('tool-calls')
    expect(result.toolCalls.map((call) => [call.toolName, call.input])).toEqual([
      ['get_weather', { city: 'sample city' }],
      ['get_time', {}],
    ])
  })

  it('streams function-call arguments that the SDK reassembles', async () => {
    const result = streamText({
      model: serverless(MODEL),
      prompt: 'call get_weather',
      tools: weatherTools,
      maxRetries: 0,
    })
    const calls = []
    for await (const part of result.fullStream)
      if (part.type === 'tool-call') calls.push([part.toolName, part.input])
    expect(calls).toEqual([['get_weather', { city: 'sample city' }]])
  })

  it.each([
    [false, 'tool-result', 'emulated web:search result'],
    [true, 'tool-error', 'Emulated web:search failure'],
  ])(
    'streams built-in tool runs as tool_status events (failing: %s)',
    async (failing, resultType, text) => {
      const result = streamText({
        model: toolAssisted(MODEL),
        prompt: `Search the news [[tools]]${failing ? ' [[tool-error]]' : ''}`,
        tools: { web_search: webSearchTool() },
        maxRetries: 0,
      })
      const seen: unknown[] = []
      let answer = ''
      for await (const part of result.fullStream) {
        if (part.type === 'tool-call')
          seen.push([part.type, part.toolName, part.input, part.providerExecuted])
        if (part.type === 'tool-result' || part.type === 'tool-error') {
          seen.push([
            part.type,
            part.toolName,
            JSON.stringify(part.type === 'tool-result' ? part.output : part.error),
          ])
        }
        if (part.type === 'text-delta') answer += part.text
      }
      expect(seen[0]).toEqual(['tool-call', 'web:search', { query: 'Search the news' }, true])
      expect(seen[1]).toEqual([resultType, 'web:search', expect.stringContaining(text)])
      expect(answer).toBe('Search the news')
    },
  )

  it.each([
    ['[[error:429]]', 429, true],
    ['[[error:500]]', 500, true],
    ['[[error:401]]', 401, false],
  ])('raises %s as APICallError with the status', async (prompt, status, retryable) => {
    const failure = await generateText({ model: serverless(MODEL), prompt, maxRetries: 0 }).catch(
      (error: unknown) => error,
    )
    expect(APICallError.isInstance(failure)).toBe(true)
    expect(failure).toMatchObject({
      statusCode: status,
      isRetryable: retryable,
      message: `Emulated ${status} error`,
    })
  })

  it('surfaces a mid-stream error as an error part', async () => {
    const result = streamText({
      model: serverless(MODEL),
      prompt: 'a b c [[midstream-error:1]]',
      maxRetries: 0,
      onError: () => {},
    })
    const types: string[] = []
    for await (const part of result.fullStream) types.push(part.type)
    expect(types).toContain('error')
    expect(types.filter((type) => type === 'text-delta')).toHaveLength(1)
  })
})

describe('Friendli emulator rejects what Friendli rejects', () => {
  const url = (path = '/serverless/v1/chat/completions') => `${emulator.url}${path}`
  const auth = { authorization: `Bearer ${TOKEN}` }
  const user = [{ role: 'user', content: 'hi' }]

  it.each([
    [
      'a bare-string stop',
      '/serverless/v1',
      { model: MODEL, messages: user, stop: 'x' },
      ['body', 'stop'],
    ],
    [
      'system content parts',
      '/serverless/v1',
      { model: MODEL, messages: [{ role: 'system', content: [{ type: 'text', text: 'x' }] }] },
      ['body', 'messages', 0, 'content'],
    ],
    [
      'a function tool without parameters',
      '/dedicated/v1',
      { model: 'ep-1', messages: user, tools: [{ type: 'function', function: { name: 'f' } }] },
      ['body', 'tools', 0, 'function', 'parameters'],
    ],
    [
      'a built-in tool outside the tool-assisted path',
      '/serverless/v1',
      { model: MODEL, messages: user, tools: [{ type: 'web:search' }] },
      ['body', 'tools', 0],
    ],
    ['a body that is not JSON', '/serverless/v1', '{"model"', ['body']],
  ])('%s → 422 detail', async (_name, product, body, loc) => {
    const response = await postJson(url(`${product}/chat/completions`), body, auth)
    expect(response.status).toBe(422)
    const { detail } = (await response.json()) as { detail: { loc: unknown[] }[] }
    expect(detail[0]?.loc.slice(0, loc.length)).toEqual(loc)
  })

  it.each([
    ['no token', {}, 'Missing Authorization header.'],
    ['a wrong token', { authorization: 'Bearer flp_nope' }, 'Invalid or expired token.'],
  ])('%s → 401', async (_name, headers, message) => {
    const response = await postJson(url(), { model: MODEL, messages: user }, headers)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ message, error: {} })
  })

  it('answers an unknown path with 404 and accepts X-Friendli-Team', async () => {
    const missing = await postJson(
      url('/v1/chat/completions'),
      { model: MODEL, messages: user },
      auth,
    )
    expect([missing.status, await missing.json()]).toEqual([404, { detail: 'Not Found' }])
    const team = await postJson(
      url(),
      { model: MODEL, messages: user, stream: true },
      { ...auth, 'x-friendli-team': 'team-1' },
    )
    expect((await readSseEvents(team)).at(-1)?.data).toBe('[DONE]')
    expect(emulator.requests.at(-1)?.headers['x-friendli-team']).toBe('team-1')
  })
})
