import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

// The README's "Try it" requests, verbatim but for the port.
const README_CALLS = [
  {
    name: 'OpenAI → OpenAI emulator',
    path: '/v1/chat/completions',
    body: '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}',
    upstream: 'openai',
    contentType: 'application/json',
    expect: '"content":"Hello"',
  },
  {
    name: 'OpenAI streamed → Elastic emulator, with usage',
    path: '/v1/chat/completions',
    body: '{"model":"elastic-chat","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Hello [[chunks:3]]"}]}',
    upstream: 'elastic',
    contentType: 'text/event-stream; charset=utf-8',
    expect: '"usage":{"prompt_tokens"',
  },
  {
    name: 'Elastic → OpenAI emulator',
    path: '/_inference/chat_completion/gpt-4o-mini/_stream',
    body: '{"messages":[{"role":"user","content":"Hello"}]}',
    upstream: 'openai',
    contentType: 'text/event-stream',
    expect: 'event: message\ndata: [DONE]\n\n',
  },
  {
    name: 'OctoAI → OctoAI emulator',
    path: '/octoai/v1/chat/completions',
    body: '{"model":"octoai-llama","messages":[{"role":"user","content":"Hello"}]}',
    upstream: 'octoai',
    contentType: 'application/json',
    expect: '"model":"meta-llama-3.1-8b-instruct"',
  },
  {
    name: 'Friendli streamed → OctoAI emulator',
    path: '/friendli/serverless/v1/chat/completions',
    body: '{"model":"octoai-llama","stream":true,"messages":[{"role":"user","content":"Hello"}]}',
    upstream: 'octoai',
    contentType: 'text/event-stream; charset=utf-8',
    expect: 'data: [DONE]\n\n',
  },
]

let gateway: RunningGateway

beforeAll(async () => {
  gateway = await startGateway({ port: 0, logger: silentLogger })
})

afterAll(async () => {
  await gateway?.close()
})

describe('the embedded default (pnpm start)', () => {
  it('serves with emulated upstreams for all four dialects and no keys', () => {
    expect(gateway.embedded).toBe(true)
    expect(gateway.config.auth).toBeUndefined()
    expect(
      Object.values(gateway.config.upstreams)
        .map((upstream) => upstream.dialect)
        .sort(),
    ).toEqual(['elastic', 'friendli', 'friendli', 'octoai', 'openai'])
  })

  it.each(README_CALLS)('answers the README curl: $name', async (call) => {
    const response = await fetch(`${gateway.url}${call.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: call.body,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(call.contentType)
    expect(response.headers.get('chatwire-upstream')).toBe(call.upstream)
    expect(await response.text()).toContain(call.expect)
  })

  it('lists the demo models', async () => {
    const models = await (await fetch(`${gateway.url}/v1/models`)).json()
    expect(models.data.map((model: { id: string }) => model.id)).toEqual([
      'gpt-4o-mini',
      'elastic-chat',
      'octoai-llama',
      'friendli-llama',
      'friendli-tools-llama',
    ])
  })
})
