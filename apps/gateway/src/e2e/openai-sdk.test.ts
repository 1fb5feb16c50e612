import OpenAI from 'openai'
import type { FunctionToolCallArgumentsDoneEvent } from 'openai/lib/ChatCompletionStream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UPSTREAM_DIALECTS } from '../config/gateway-config'
import { type Matrix, startMatrix } from '../test-support/start-matrix'

const UPSTREAMS = UPSTREAM_DIALECTS
const TOOLS: OpenAI.ChatCompletionTool[] = ['get_weather', 'get_time'].map((name) => ({
  type: 'function',
  function: {
    name,
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
}))

// Strict function tools: the stream() helper JSON.parses each call's arguments when it closes it.
const STRICT_TOOLS: OpenAI.ChatCompletionTool[] = TOOLS.map((tool) =>
  tool.type === 'function'
    ? {
        ...tool,
        function: {
          ...tool.function,
          strict: true,
          parameters: { ...tool.function.parameters, additionalProperties: false },
        },
      }
    : tool,
)

let matrix: Matrix
let client: OpenAI

beforeAll(async () => {
  matrix = await startMatrix()
  client = new OpenAI({ baseURL: `${matrix.gateway.url}/v1`, apiKey: 'unused', maxRetries: 0 })
})

afterAll(async () => {
  await matrix?.close()
})

const user = (content: string): OpenAI.ChatCompletionMessageParam[] => [{ role: 'user', content }]

describe.each(UPSTREAMS)('openai SDK → %s upstream', (upstream) => {
  const model = () => matrix.modelFor(upstream)

  it('reads a completion with usage', async () => {
    const completion = await client.chat.completions.create({
      model: model(),
      messages: user('[[text:Hi from the SDK]]'),
    })
    expect(completion.object).toBe('chat.completion')
    expect(completion.choices[0]?.message.content).toBe('Hi from the SDK')
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    expect(completion.usage?.total_tokens).toBeGreaterThan(0)
    expect(completion._request_id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('iterates a stream with the usage chunk last', async () => {
    const stream = await client.chat.completions.create({
      model: model(),
      messages: user('[[text:a b c d]] [[chunks:4]]'),
      stream: true,
      stream_options: { include_usage: true },
    })
    let text = ''
    let usage: OpenAI.CompletionUsage | null | undefined
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      if (chunk.usage) usage = chunk.usage
    }
    expect(text).toBe('a b c d')
    expect(usage?.completion_tokens).toBeGreaterThan(0)
  })

  it('assembles parallel tool calls with the stream() helper', async () => {
    const runner = client.chat.completions.stream({
      model: model(),
      messages: user('Weather and time in Oslo [[tools:parallel]]'),
      tools: TOOLS,
    })
    const completion = await runner.finalChatCompletion()
    const calls = completion.choices[0]?.message.tool_calls ?? []
    expect(calls.map((call) => call.type === 'function' && call.function.name)).toEqual([
      'get_weather',
      'get_time',
    ])
    for (const call of calls) {
      expect(call.id).toBeTruthy()
      expect(call.type === 'function' && JSON.parse(call.function.arguments)).toHaveProperty('city')
    }
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls')
  })

  // The helper closes a call when a delta of another index arrives (openai-node
  // src/lib/ChatCompletionStream.ts), so each call must stream whole, in OpenAI's order.
  // An upstream that interleaves the calls' fragments (0,1,0,1) is reordered for OpenAI clients.
  it.each([
    ['tools', TOOLS, 'parallel'],
    ['strict tools', STRICT_TOOLS, 'parallel'],
    ['tools, upstream interleaving the calls', TOOLS, 'parallel-interleaved'],
    ['strict tools, upstream interleaving the calls', STRICT_TOOLS, 'parallel-interleaved'],
  ])('closes each parallel call once in the stream() helper (%s)', async (_name, tools, order) => {
    const done: FunctionToolCallArgumentsDoneEvent[] = []
    const runner = client.chat.completions
      .stream({
        model: model(),
        messages: user(`Weather and time in Oslo [[tools:${order}]]`),
        tools,
      })
      .on('tool_calls.function.arguments.done', (event) => done.push(event))
    const completion = await runner.finalChatCompletion()
    const strict = tools === STRICT_TOOLS
    expect(done.map(({ name, index }) => [name, index])).toEqual([
      ['get_weather', 0],
      ['get_time', 1],
    ])
    for (const event of done) {
      const parsed = JSON.parse(event.arguments)
      expect(parsed).toHaveProperty('city')
      expect(event.parsed_arguments).toEqual(strict ? parsed : null)
    }
    expect(completion.choices[0]?.message.tool_calls).toHaveLength(2)
  })

  it('raises RateLimitError for an upstream 429', async () => {
    const call = client.chat.completions.create({ model: model(), messages: user('[[error:429]]') })
    await expect(call).rejects.toBeInstanceOf(OpenAI.RateLimitError)
    await expect(call).rejects.toMatchObject({ status: 429 })
  })

  it('raises APIError mid-stream instead of ending quietly', async () => {
    const stream = await client.chat.completions.create({
      model: model(),
      messages: user('[[text:w x y z]] [[chunks:4]] [[midstream-error:2]]'),
      stream: true,
    })
    let text = ''
    const read = async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
    }
    await expect(read()).rejects.toBeInstanceOf(OpenAI.APIError)
    expect(text).not.toBe('')
  })
})

describe('openai SDK → gateway errors', () => {
  it('raises NotFoundError for an unrouted model', async () => {
    const call = client.chat.completions.create({ model: 'no-such-model', messages: user('x') })
    await expect(call).rejects.toBeInstanceOf(OpenAI.NotFoundError)
    await expect(call).rejects.toMatchObject({ code: 'model_not_found', param: 'model' })
  })

  it('raises BadRequestError naming the field', async () => {
    const call = client.chat.completions.create({
      model: matrix.modelFor('openai'),
      messages: user('x'),
      temperature: 'hot' as unknown as number,
    })
    await expect(call).rejects.toBeInstanceOf(OpenAI.BadRequestError)
    await expect(call).rejects.toMatchObject({ status: 400, param: 'temperature' })
  })

  it('drops a hint the upstream lacks and says so in chatwire-dropped', async () => {
    const { data, response } = await client.chat.completions
      .create({
        model: matrix.modelFor('elastic'),
        messages: user('[[text:ok]]'),
        user: 'user-1234',
        service_tier: 'flex',
      })
      .withResponse()
    expect(data.choices[0]?.message.content).toBe('ok')
    expect(response.headers.get('chatwire-dropped')).toBe('user, service_tier')
  })

  it('rejects a semantic loss with a 400 naming the field', async () => {
    const call = client.chat.completions.create({
      model: matrix.modelFor('elastic'),
      messages: user('x'),
      response_format: { type: 'json_object' },
    })
    await expect(call).rejects.toBeInstanceOf(OpenAI.BadRequestError)
    await expect(call).rejects.toMatchObject({
      param: 'response_format',
      code: 'unsupported_parameter',
    })
  })

  it('lists the routed models', async () => {
    const models = await client.models.list()
    expect(models.data.map((model) => model.id)).toEqual(
      UPSTREAMS.map((dialect) => matrix.modelFor(dialect)),
    )
  })
})
