import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import { createFriendli } from '@friendliai/ai-provider'
import {
  APICallError,
  generateObject,
  generateText,
  jsonSchema,
  type LanguageModel,
  streamText,
  type ToolSet,
  tool,
} from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { type Matrix, startMatrix } from '../test-support/start-matrix'
import { type Dialect, UPSTREAM_DIALECTS } from '../test-support/vendor-dialects'

type ModelFactory = (baseURL: string, model: string) => LanguageModel

const compatible =
  (name: string): ModelFactory =>
  (baseURL, model) =>
    createOpenAICompatible({
      name,
      baseURL,
      apiKey: 'unused',
      includeUsage: true,
    })(model)

const friendli: ModelFactory = (baseURL, model) =>
  // The provider is typed against its own (older) @ai-sdk/provider; the model is V3 all the same.
  createFriendli({ baseURL, apiKey: 'unused', includeUsage: true })(model) as LanguageModel

interface Provider {
  name: string
  path: string
  createModel: ModelFactory
}

/** `ai` with each provider, on every gateway path it can use. */
const PROVIDERS: Provider[] = [
  { name: '@ai-sdk/openai-compatible', path: '/octoai/v1', createModel: compatible('octoai') },
  {
    name: '@ai-sdk/openai-compatible',
    path: '/friendli/serverless/v1',
    createModel: compatible('friendli'),
  },
  { name: '@friendliai/ai-provider', path: '/friendli/serverless/v1', createModel: friendli },
  { name: '@friendliai/ai-provider', path: '/friendli/dedicated/v1', createModel: friendli },
  { name: '@friendliai/ai-provider', path: '/friendli/serverless/tools/v1', createModel: friendli },
]

/** Where the gateway answers, and the model name that reaches each upstream dialect there. */
interface Target {
  url(): string
  modelFor(upstream: Dialect): string
}

let matrix: Matrix
let embedded: RunningGateway

beforeAll(async () => {
  ;[matrix, embedded] = await Promise.all([
    startMatrix(),
    startGateway({ host: '127.0.0.1', port: 0, logger: silentLogger }),
  ])
})

afterAll(async () => {
  await Promise.all([matrix?.close(), embedded?.close()])
})

const TARGETS: [string, Target][] = [
  ['the 16 lanes', { url: () => matrix.gateway.url, modelFor: (up) => matrix.modelFor(up) }],
  // The demo model names of the embedded default (README, "Embedded default").
  [
    'the embedded default',
    {
      url: () => embedded.url,
      modelFor: (up) => EMBEDDED_MODELS[up],
    },
  ],
]
const EMBEDDED_MODELS: Record<Dialect, string> = {
  openai: 'gpt-4o-mini',
  elastic: 'elastic-chat',
  octoai: 'octoai-llama',
  friendli: 'friendli-llama',
}

/**
 * A body refused in the client's dialect, naming the field: Friendli's 422 `detail`, OctoAI's
 * 422 (its own checks) or 400 `{"object":"error"}` (the gateway's loss policy).
 */
const refusal = (field: string) => (error: unknown) =>
  APICallError.isInstance(error) &&
  [400, 422].includes(error.statusCode ?? 0) &&
  String(error.responseBody).includes(field)

// ai 6 types a tool without `execute` as no ToolSet member under exactOptionalPropertyTypes.
const cityTool = (description: string) =>
  tool({
    description,
    inputSchema: jsonSchema<{ city: string }>({
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
    }),
  }) as ToolSet[string]
const TOOLS = { get_weather: cityTool('Weather in a city'), get_time: cityTool('Time in a city') }
const WEATHER = jsonSchema<{ city: string; celsius: number }>({
  type: 'object',
  properties: { city: { type: 'string' }, celsius: { type: 'number' } },
  required: ['city', 'celsius'],
  additionalProperties: false,
})
const LISBON = { city: 'Lisbon', celsius: 21 }

describe.each(TARGETS)('%s', (_, target) => {
  describe.each(PROVIDERS)('ai + $name on $path', ({ path, createModel }) => {
    describe.each(UPSTREAM_DIALECTS)('→ %s upstream', (upstream) => {
      const model = () => createModel(`${target.url()}${path}`, target.modelFor(upstream))
      // Elastic has no response_format and Friendli's tool-assisted endpoint takes none.
      const structured = upstream !== 'elastic' && !path.includes('/tools/')
      // OctoAI ended a failed stream without an error event (SOURCES.md of @chatwire/octoai).
      const failedStreamsJustEnd = path.startsWith('/octoai/')

      it('generateText reads text, finish reason and usage', async () => {
        const result = await generateText({
          model: model(),
          prompt: '[[text:Provider hello]]',
          maxRetries: 0,
        })
        expect(result.text).toBe('Provider hello')
        expect(result.finishReason).toBe('stop')
        expect(result.usage.outputTokens).toBeGreaterThan(0)
      })

      it('streamText reads streamed text and usage', async () => {
        const result = streamText({
          model: model(),
          prompt: '[[text:one two three]] [[chunks:3]]',
          maxRetries: 0,
        })
        expect(await result.text).toBe('one two three')
        expect((await result.usage).totalTokens).toBeGreaterThan(0)
      })

      it('streamText reads parallel tool calls', async () => {
        const result = streamText({
          model: model(),
          prompt: 'Lisbon? [[tools:parallel]]',
          tools: TOOLS,
          maxRetries: 0,
        })
        const calls = await result.toolCalls
        expect(calls.map((call) => call.toolName)).toEqual(['get_weather', 'get_time'])
        for (const call of calls) {
          expect(call.toolCallId).toBeTruthy()
          expect(call.input).toHaveProperty('city')
        }
        expect(await result.finishReason).toBe('tool-calls')
      })

      it(`generateObject ${structured ? 'parses the object' : 'is refused, naming response_format'}`, async () => {
        const call = generateObject({
          model: model(),
          schema: WEATHER,
          schemaName: 'weather',
          prompt: `The weather in Lisbon, as JSON. [[text:${JSON.stringify(LISBON)}]]`,
          maxRetries: 0,
        })
        if (!structured) {
          await expect(call).rejects.toSatisfy(refusal('response_format'))
          return
        }
        const result = await call
        expect(result.object).toEqual(LISBON)
        expect(result.finishReason).toBe('stop')
      })

      it('generateText raises APICallError with the upstream status', async () => {
        const call = generateText({ model: model(), prompt: '[[error:429]]', maxRetries: 0 })
        await expect(call).rejects.toSatisfy(
          (error) => APICallError.isInstance(error) && error.statusCode === 429,
        )
      })

      it('streamText surfaces a mid-stream failure as an error part', async () => {
        const result = streamText({
          model: model(),
          prompt: '[[text:a b c d]] [[chunks:4]] [[midstream-error:2]]',
          maxRetries: 0,
          onError: () => {},
        })
        const types: string[] = []
        for await (const part of result.fullStream) types.push(part.type)
        expect(types).toContain('text-delta')
        if (!failedStreamsJustEnd) {
          expect(types).toContain('error')
          return
        }
        // No error event and no [DONE]: the answer is cut short and never finishes with 'stop'.
        expect(await result.text).not.toBe('a b c d')
        expect(await result.finishReason).not.toBe('stop')
      })
    })
  })
})
