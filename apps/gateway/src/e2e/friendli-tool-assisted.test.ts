import { type Emulator, startEmulator } from '@chatwire/emulator'
import { createFriendli } from '@friendliai/ai-provider'
import { streamText, type ToolSet } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

// Friendli's tool-assisted `tool_status` events pass through to Friendli clients and never
// become `tool_calls` (DESIGN.md, decisions on wire quirks).
let emulator: Emulator
let gateway: RunningGateway

beforeAll(async () => {
  emulator = await startEmulator({ dialect: 'friendli' })
  gateway = await startGateway({
    config: {
      upstreams: { tools: { dialect: 'friendli', baseURL: `${emulator.url}/serverless/tools/v1` } },
      routes: [{ match: '*', upstream: 'tools' }],
    },
    host: '127.0.0.1',
    port: 0,
    logger: silentLogger,
  })
})

afterAll(async () => {
  await gateway?.close()
  await emulator?.close()
})

describe('Friendli tool-assisted path → Friendli tool-assisted upstream', () => {
  it('passes tool_status events through before the answer', async () => {
    const response = await fetch(`${gateway.url}/friendli/serverless/tools/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'meta-llama-3.1-8b-instruct',
        stream: true,
        tools: [{ type: 'math:calculator' }],
        messages: [{ role: 'user', content: 'What is 150 * 1.60934? [[tools]]' }],
      }),
    })
    expect(response.status).toBe(200)
    const events = (await response.text()).split('\n\n').filter(Boolean)
    const statuses = events
      .filter((event) => event.startsWith('event: tool_status\n'))
      .map((event) => JSON.parse(event.slice(event.indexOf('data: ') + 6)))
    expect(statuses.map((status) => [status.name, status.status])).toEqual([
      ['math:calculator', 'STARTED'],
      ['math:calculator', 'ENDED'],
    ])
    expect(events.some((event) => event.includes('"tool_calls"'))).toBe(false)
    expect(events.at(-1)).toBe('data: [DONE]')
  })

  it('lets @friendliai/ai-provider read the built-in tool run and the answer', async () => {
    const friendli = createFriendli({
      baseURL: `${gateway.url}/friendli/serverless/tools/v1`,
      apiKey: 'unused',
    })
    const result = streamText({
      model: friendli('meta-llama-3.1-8b-instruct'),
      prompt: 'What is 2 + 2? [[tools]] [[text:It is 4.]]',
      // The provider builds its tool with its own (older) @ai-sdk/provider-utils types.
      tools: { 'math:calculator': friendli.tools.mathCalculator() } as unknown as ToolSet,
      maxRetries: 0,
    })
    const types: string[] = []
    for await (const part of result.fullStream) types.push(part.type)
    expect(types).toContain('tool-call')
    expect(types).toContain('tool-result')
    expect(await result.text).toBe('It is 4.')
  })
})
