import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import { APICallError, generateText, jsonSchema, streamText, tool } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UPSTREAM_DIALECTS } from '../config/gateway-config'
import { type Matrix, startMatrix } from '../test-support/start-matrix'

const UPSTREAMS = UPSTREAM_DIALECTS
/** The inbound paths an OpenAI-compatible provider can use. */
const PATHS = [['octoai', '/octoai/v1']] as const

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

describe.each(PATHS)('ai + @ai-sdk/openai-compatible on the %s path', (name, path) => {
  const provider = () =>
    createOpenAICompatible({
      name,
      baseURL: `${matrix.gateway.url}${path}`,
      apiKey: 'unused',
      includeUsage: true,
    })

  describe.each(UPSTREAMS)('→ %s upstream', (upstream) => {
    const model = () => provider()(matrix.modelFor(upstream))

    it('generateText reads text, finish reason and usage', async () => {
      const result = await generateText({
        model: model(),
        prompt: '[[text:Compatible hello]]',
        maxRetries: 0,
      })
      expect(result.text).toBe('Compatible hello')
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
