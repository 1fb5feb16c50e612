import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import { createFriendli } from '@friendliai/ai-provider'
import { APICallError, generateText, jsonSchema, type LanguageModel, streamText, tool } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UPSTREAM_DIALECTS } from '../config/gateway-config'
import { type Matrix, startMatrix } from '../test-support/start-matrix'

type ModelFactory = (gatewayURL: string, model: string) => LanguageModel

const compatible =
  (name: string, path: string): ModelFactory =>
  (url, model) =>
    createOpenAICompatible({
      name,
      baseURL: `${url}${path}`,
      apiKey: 'unused',
      includeUsage: true,
    })(model)

const friendli =
  (path: string): ModelFactory =>
  (url, model) =>
    // The provider is typed against its own (older) @ai-sdk/provider; the model is V3 all the same.
    createFriendli({ baseURL: `${url}${path}`, apiKey: 'unused', includeUsage: true })(
      model,
    ) as LanguageModel

/** `ai` with each provider, on every gateway path it can use. */
const PROVIDERS: [string, ModelFactory][] = [
  ['@ai-sdk/openai-compatible on /octoai/v1', compatible('octoai', '/octoai/v1')],
  [
    '@ai-sdk/openai-compatible on /friendli/serverless/v1',
    compatible('friendli', '/friendli/serverless/v1'),
  ],
  ['@friendliai/ai-provider on /friendli/serverless/v1', friendli('/friendli/serverless/v1')],
  ['@friendliai/ai-provider on /friendli/dedicated/v1', friendli('/friendli/dedicated/v1')],
  [
    '@friendliai/ai-provider on /friendli/serverless/tools/v1',
    friendli('/friendli/serverless/tools/v1'),
  ],
]

let matrix: Matrix

beforeAll(async () => {
  matrix = await startMatrix()
})

afterAll(async () => {
  await matrix?.close()
})

const cityTool = (description: string) =>
  tool({
    description,
    inputSchema: jsonSchema<{ city: string }>({
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
    }),
  })
const TOOLS = { get_weather: cityTool('Weather in a city'), get_time: cityTool('Time in a city') }

describe.each(PROVIDERS)('ai + %s', (_, createModel) => {
  describe.each(UPSTREAM_DIALECTS)('→ %s upstream', (upstream) => {
    const model = () => createModel(matrix.gateway.url, matrix.modelFor(upstream))

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
      expect(types).toContain('error')
    })
  })
})
