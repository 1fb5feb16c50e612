import { createFriendli } from '@friendliai/ai-provider'
import { APICallError, generateText, jsonSchema, streamText, tool } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UPSTREAM_DIALECTS } from '../config/gateway-config'
import { type Matrix, startMatrix } from '../test-support/start-matrix'

const UPSTREAMS = UPSTREAM_DIALECTS
const PATHS = [
  '/friendli/serverless/v1',
  '/friendli/dedicated/v1',
  '/friendli/serverless/tools/v1',
] as const

let matrix: Matrix

beforeAll(async () => {
  matrix = await startMatrix()
})

afterAll(async () => {
  await matrix?.close()
})

const cityTool = tool({
  description: 'A city lookup',
  inputSchema: jsonSchema<{ city: string }>({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  }),
})

describe.each(PATHS)('@friendliai/ai-provider on %s', (path) => {
  describe.each(UPSTREAMS)('→ %s upstream', (upstream) => {
    const model = () =>
      createFriendli({
        baseURL: `${matrix.gateway.url}${path}`,
        apiKey: 'unused',
        includeUsage: true,
      })(matrix.modelFor(upstream))

    it('generateText reads text and usage', async () => {
      const result = await generateText({
        model: model(),
        prompt: '[[text:Friendly hello]]',
        maxRetries: 0,
      })
      expect(result.text).toBe('Friendly hello')
      expect(result.finishReason).toBe('stop')
      expect(result.usage.outputTokens).toBeGreaterThan(0)
    })

    it('streamText reads text, usage and parallel tool calls', async () => {
      const text = streamText({
        model: model(),
        prompt: '[[text:x y z]] [[chunks:3]]',
        maxRetries: 0,
      })
      expect(await text.text).toBe('x y z')
      expect((await text.usage).totalTokens).toBeGreaterThan(0)
      const tools = streamText({
        model: model(),
        prompt: 'Where? [[tools:parallel]]',
        tools: { get_weather: cityTool, get_time: cityTool },
        maxRetries: 0,
      })
      expect((await tools.toolCalls).map((call) => call.toolName)).toEqual([
        'get_weather',
        'get_time',
      ])
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
