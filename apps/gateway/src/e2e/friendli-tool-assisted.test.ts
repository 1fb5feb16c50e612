import { createFriendli } from '@friendliai/ai-provider'
import { streamText, type ToolSet } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { useEmulatedGateway } from '../test-support/use-emulated-gateway'

// Friendli's tool-assisted `tool_status` events pass through to Friendli clients and never
// become `tool_calls` (DESIGN.md, decisions on wire quirks).
const tools = useEmulatedGateway({
  emulator: { dialect: 'friendli' },
  config: (emulatorUrl) => ({
    upstreams: { tools: { dialect: 'friendli', baseURL: `${emulatorUrl}/serverless/tools/v1` } },
    routes: [{ match: '*', upstream: 'tools' }],
  }),
})
let embedded: RunningGateway

beforeAll(async () => {
  embedded = await startGateway({ host: '127.0.0.1', port: 0, logger: silentLogger })
})

afterAll(async () => {
  await embedded?.close()
})

/** The gateway's Friendli tool-assisted path. */
const TOOLS_PATH = '/friendli/serverless/tools/v1'

/** A raw streamed chat request to the tool-assisted path of the gateway at `url`. */
const postToolsChat = (url: string, body: Record<string, unknown>) =>
  fetch(`${url}${TOOLS_PATH}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, stream: true }),
  })

/** @friendliai/ai-provider pointed at the tool-assisted path of the gateway at `url`. */
const toolsProvider = (url: string) =>
  createFriendli({ baseURL: `${url}${TOOLS_PATH}`, apiKey: 'unused' })

describe('Friendli tool-assisted path → Friendli tool-assisted upstream', () => {
  it('passes tool_status events through before the answer', async () => {
    const response = await postToolsChat(tools().gateway.url, {
      model: 'meta-llama-3.1-8b-instruct',
      tools: [{ type: 'math:calculator' }],
      messages: [{ role: 'user', content: 'What is 150 * 1.60934? [[tools]]' }],
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
    const friendli = toolsProvider(tools().gateway.url)
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

/** What `ai` reports of a streamed run: provider-executed calls, results, errors and the text. */
async function readToolRun(result: ReturnType<typeof streamText>) {
  const seen: unknown[] = []
  for await (const part of result.fullStream) {
    if (part.type === 'tool-call') seen.push([part.type, part.toolName, part.providerExecuted])
    if (part.type === 'tool-result' || part.type === 'tool-error')
      seen.push([part.type, part.toolName])
  }
  return { seen, text: await result.text }
}

// The embedded default (README): `friendli-tools-llama` reaches the Friendli emulator's
// tool-assisted endpoint, so Friendli's built-in tools run through the gateway with no setup.
describe('@friendliai/ai-provider built-in tools on the embedded default', () => {
  it.each([
    ['webSearch', 'web:search', false, 'tool-result'],
    ['mathCalculator', 'math:calculator', false, 'tool-result'],
    ['webSearch', 'web:search', true, 'tool-error'],
  ] as const)(
    'runs %s (%s, failing: %s) and reads the answer',
    async (factory, name, failing, outcome) => {
      const provider = toolsProvider(embedded.url)
      const result = streamText({
        model: provider('friendli-tools-llama'),
        prompt: `Look it up [[tools]] [[text:Found it.]]${failing ? ' [[tool-error]]' : ''}`,
        tools: { [name]: provider.tools[factory]() } as unknown as ToolSet,
        maxRetries: 0,
      })
      const { seen, text } = await readToolRun(result)
      expect(seen).toEqual([
        ['tool-call', name, true],
        [outcome, name],
      ])
      expect(text).toBe('Found it.')
    },
  )

  it('refuses built-in tools on the serverless model, naming the tool-assisted endpoint', async () => {
    const response = await postToolsChat(embedded.url, {
      model: 'friendli-llama',
      tools: [{ type: 'web:search' }],
      messages: [{ role: 'user', content: 'Search [[tools]]' }],
    })
    expect(response.status).toBe(422)
    const { detail } = await response.json()
    expect(detail[0].loc).toEqual(['body', 'tools', 0])
    expect(detail[0].msg).toContain("'web:search' only on the tool-assisted endpoint")
  })
})
