import type { Dialect as DialectModule } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { createOpenAICodec } from '@chatwire/openai'
import OpenAI from 'openai'
import { zodResponseFormat } from 'openai/helpers/zod'
import type { FunctionToolCallArgumentsDoneEvent } from 'openai/lib/ChatCompletionStream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { type Matrix, startMatrix } from '../test-support/start-matrix'
import { type Dialect, UPSTREAM_DIALECTS } from '../test-support/vendor-dialects'

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

// Structured outputs: OpenAI, OctoAI and Friendli take `json_schema`; Elastic has no home for it.
const Weather = z.object({ city: z.string(), celsius: z.number().int().min(-90).max(60) })
const STRUCTURED: Dialect[] = ['openai', 'octoai', 'friendli']

describe.each(STRUCTURED)('openai SDK parse() → %s upstream', (upstream) => {
  it('parses a json_schema answer into the zod type', async () => {
    const completion = await client.chat.completions.parse({
      model: matrix.modelFor(upstream),
      messages: user('Weather in Oslo as JSON'),
      response_format: zodResponseFormat(Weather, 'weather'),
    })
    const message = completion.choices[0]?.message
    expect(message?.refusal ?? null).toBeNull()
    expect(Weather.parse(message?.parsed)).toEqual(JSON.parse(message?.content ?? 'null'))
    const sent = matrix.emulators[upstream]!.requests.at(-1)?.request?.responseFormat
    expect(sent).toMatchObject({ type: 'json_schema', name: 'weather' })
  })
})

it('refuses parse() toward Elastic, which cannot bind the answer to a schema', async () => {
  const call = client.chat.completions.parse({
    model: matrix.modelFor('elastic'),
    messages: user('Weather in Oslo as JSON'),
    response_format: zodResponseFormat(Weather, 'weather'),
  })
  await expect(call).rejects.toMatchObject({ status: 400, param: 'response_format' })
})

// OpenAI-compatible extra fields, sent as openai-node sends them (spread into the params).
const KNOBS = { top_k: 5, min_p: 0.1, repetition_penalty: 1.1, xtc_threshold: 0.2 }
const withKnobs = (model: string, extra: Record<string, unknown> = KNOBS) =>
  ({
    model,
    messages: user('[[text:ok]]'),
    ...extra,
  }) as OpenAI.ChatCompletionCreateParamsNonStreaming

describe.each<[Dialect, string[], string | null]>([
  ['friendli', ['top_k', 'min_p', 'repetition_penalty', 'xtc_threshold'], null],
  ['octoai', ['min_p', 'repetition_penalty'], 'top_k, xtc_threshold'],
  ['openai', [], 'top_k, min_p, repetition_penalty, xtc_threshold'],
  ['elastic', [], 'top_k, min_p, repetition_penalty, xtc_threshold'],
])('openai SDK extra fields → %s upstream', (upstream, received, dropped) => {
  it(`passes on ${received.join(', ') || 'none'} and drops ${dropped ?? 'none'}`, async () => {
    const { data, response } = await client.chat.completions
      .create(withKnobs(matrix.modelFor(upstream)))
      .withResponse()
    expect(data.choices[0]?.message.content).toBe('ok')
    expect(response.headers.get('chatwire-dropped')).toBe(dropped)
    const body = matrix.emulators[upstream]!.requests.at(-1)?.body as Record<string, unknown>
    const knobs = Object.entries(KNOBS)
    expect(Object.fromEntries(knobs.filter(([key]) => key in body))).toEqual(
      Object.fromEntries(knobs.filter(([key]) => received.includes(key))),
    )
  })
})

describe('openai SDK extra fields with a semantic loss', () => {
  it('hands ignore_eos to OctoAI, which has it', async () => {
    await client.chat.completions.create(withKnobs(matrix.modelFor('octoai'), { ignore_eos: true }))
    expect(matrix.emulators.octoai!.requests.at(-1)?.body).toMatchObject({ ignore_eos: true })
  })

  it('refuses ignore_eos toward Friendli, where dropping it would change the answer', async () => {
    const call = client.chat.completions.create(
      withKnobs(matrix.modelFor('friendli'), { ignore_eos: true }),
    )
    await expect(call).rejects.toMatchObject({ status: 400, param: 'ignore_eos' })
  })

  it('still refuses a field nobody knows, as OpenAI does', async () => {
    const call = client.chat.completions.create(withKnobs(matrix.modelFor('friendli'), { foo: 1 }))
    await expect(call).rejects.toBeInstanceOf(OpenAI.BadRequestError)
    await expect(call).rejects.toMatchObject({
      message: '400 Unrecognized request argument supplied: foo',
      type: 'invalid_request_error',
      param: null,
    })
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

// `pnpm start` with no config: the embedded default, each demo model on its emulated upstream.
describe('openai SDK → the embedded default', () => {
  let embedded: RunningGateway
  let sdk: OpenAI
  beforeAll(async () => {
    embedded = await startGateway({ port: 0, logger: silentLogger })
    sdk = new OpenAI({ baseURL: `${embedded.url}/v1`, apiKey: 'unused', maxRetries: 0 })
  })
  afterAll(async () => {
    await embedded?.close()
  })
  // The demo models of the embedded config and the upstream each is routed to.
  const DEMO: [string, Dialect][] = [
    ['gpt-4o-mini', 'openai'],
    ['elastic-chat', 'elastic'],
    ['octoai-llama', 'octoai'],
    ['friendli-llama', 'friendli'],
  ]

  it.each(DEMO)('closes each strict parallel call once in stream(): %s', async (model) => {
    const events: FunctionToolCallArgumentsDoneEvent[] = []
    const runner = sdk.chat.completions
      .stream({ model, messages: user('Weather and time [[tools:parallel]]'), tools: STRICT_TOOLS })
      .on('tool_calls.function.arguments.done', (event) => events.push(event))
    await runner.finalChatCompletion()
    expect(events.map(({ name }) => name)).toEqual(['get_weather', 'get_time'])
    for (const event of events) expect(event.parsed_arguments).toEqual(JSON.parse(event.arguments))
  })

  it.each(DEMO.filter(([, upstream]) => STRUCTURED.includes(upstream)))(
    'parses a json_schema answer: %s',
    async (model) => {
      const completion = await sdk.chat.completions.parse({
        model,
        messages: user('Weather in Oslo as JSON'),
        response_format: zodResponseFormat(Weather, 'weather'),
      })
      const message = completion.choices[0]?.message
      expect(Weather.parse(message?.parsed)).toEqual(JSON.parse(message?.content ?? 'null'))
    },
  )

  it.each([
    ['friendli-llama', null],
    ['gpt-4o-mini', 'top_k, min_p, repetition_penalty, xtc_threshold'],
  ])('takes the extra fields to %s (dropped: %s)', async (model, dropped) => {
    const { response } = await sdk.chat.completions.create(withKnobs(model)).withResponse()
    expect(response.headers.get('chatwire-dropped')).toBe(dropped)
  })
})

// Why the default codec reports the extra fields toward an OpenAI upstream instead of sending
// them: api.openai.com (as emulated) refuses them. A codec that forwards them is for vLLM & co.
describe('openai SDK extra fields forwarded to an OpenAI upstream', () => {
  let forwarding: RunningGateway
  beforeAll(async () => {
    const openai = createOpenAICodec({ forwardCompatibleFields: true })
    const [first, ...rest] = defaultDialects as [DialectModule, ...DialectModule[]]
    const forwardingDialect: DialectModule = {
      ...first,
      codec: openai,
      upstream: { ...first.upstream, codec: () => openai },
    }
    forwarding = await startGateway({
      port: 0,
      logger: silentLogger,
      dialects: [forwardingDialect, ...rest],
    })
  })
  afterAll(async () => {
    await forwarding?.close()
  })

  it('reach it, and api.openai.com answers 400 Unrecognized request argument', async () => {
    const sdk = new OpenAI({ baseURL: `${forwarding.url}/v1`, apiKey: 'unused', maxRetries: 0 })
    const call = sdk.chat.completions.create(withKnobs('gpt-4o-mini'))
    await expect(call).rejects.toBeInstanceOf(OpenAI.BadRequestError)
    await expect(call).rejects.toMatchObject({
      message: '400 Unrecognized request argument supplied: top_k',
    })
  })
})
