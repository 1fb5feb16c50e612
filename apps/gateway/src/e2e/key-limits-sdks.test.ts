import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import { Client, errors } from '@elastic/elasticsearch'
import { createFriendli } from '@friendliai/ai-provider'
import { APICallError, generateText, type LanguageModel } from 'ai'
import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { useEmulatedGateway } from '../test-support/use-emulated-gateway'

/** Each SDK gets its own key allowing one request a minute: its second is refused. */
const SDKS = ['openai', 'elastic', 'friendli', 'octoai'] as const
const keyOf = (sdk: string) => `gw-sdk-${sdk}`

const sdks = useEmulatedGateway({
  emulator: { dialect: 'openai' },
  config: (emulatorUrl) => ({
    upstreams: { main: { dialect: 'openai', baseURL: `${emulatorUrl}/v1` } },
    routes: [{ match: '*', upstream: 'main' }],
    auth: {
      keys: [
        ...SDKS.map((sdk) => ({
          name: `sdk-${sdk}`,
          key: keyOf(sdk),
          limits: { requestsPerMinute: 1 },
        })),
        { name: 'chat-only', key: 'gw-chat-only', models: ['chat-*'] },
      ],
    },
  }),
})

describe('openai (openai-node)', () => {
  const sdk = (apiKey: string) =>
    new OpenAI({ baseURL: `${sdks().gateway.url}/v1`, apiKey, maxRetries: 0 })
  const ask = (apiKey: string, model = 'chat-1') =>
    sdk(apiKey).chat.completions.create({ model, messages: [{ role: 'user', content: 'Hi' }] })

  it('raises RateLimitError with type requests, code rate_limit_exceeded and Retry-After', async () => {
    await ask(keyOf('openai'))
    const error = await ask(keyOf('openai')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.RateLimitError)
    const limited = error as InstanceType<typeof OpenAI.RateLimitError>
    expect(limited).toMatchObject({ status: 429, type: 'requests', code: 'rate_limit_exceeded' })
    expect(limited.headers?.get('retry-after')).toBe('60')
  })

  it('raises PermissionDeniedError for a model outside the key’s globs', async () => {
    await expect(ask('gw-chat-only', 'gpt-4o')).rejects.toBeInstanceOf(OpenAI.PermissionDeniedError)
  })
})

describe('@elastic/elasticsearch', () => {
  it('raises ResponseError with statusCode 429 and the ES envelope', async () => {
    const client = new Client({
      node: sdks().gateway.url,
      auth: { apiKey: keyOf('elastic') },
      maxRetries: 0,
    })
    // Not `asStream`: @elastic/transport hands a streamed body back without checking its status.
    const ask = () =>
      client.inference.chatCompletionUnified({
        inference_id: 'chat-1',
        chat_completion_request: { messages: [{ role: 'user', content: 'Hi' }] },
      })
    try {
      await ask()
      const error = await ask().catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(errors.ResponseError)
      const response = error as InstanceType<typeof errors.ResponseError>
      expect(response.statusCode).toBe(429)
      expect(response.headers?.['retry-after']).toBe('60')
      expect(response.body).toMatchObject({
        status: 429,
        error: { type: 'es_rejected_execution_exception' },
      })
    } finally {
      await client.close()
    }
  })
})

/** `ai` with the provider each vendor's own docs point to. */
const AI_SDK_PROVIDERS: [string, () => LanguageModel][] = [
  [
    'friendli (@friendliai/ai-provider)',
    () =>
      // Typed against its own (older) @ai-sdk/provider; the model is V3 all the same.
      createFriendli({
        baseURL: `${sdks().gateway.url}/friendli/serverless/v1`,
        apiKey: keyOf('friendli'),
      })('chat-1') as LanguageModel,
  ],
  [
    'octoai (@ai-sdk/openai-compatible)',
    () =>
      createOpenAICompatible({
        name: 'octoai',
        baseURL: `${sdks().gateway.url}/octoai/v1`,
        apiKey: keyOf('octoai'),
      })('chat-1'),
  ],
]

describe.each(AI_SDK_PROVIDERS)('ai + %s', (_name, model) => {
  it('raises a retryable APICallError 429 with Retry-After', async () => {
    await generateText({ model: model(), prompt: 'Hi', maxRetries: 0 })
    const error = await generateText({ model: model(), prompt: 'Hi', maxRetries: 0 }).catch(
      (caught: unknown) => caught,
    )
    expect(APICallError.isInstance(error)).toBe(true)
    const failed = error as APICallError
    expect(failed.statusCode).toBe(429)
    expect(failed.isRetryable).toBe(true)
    expect(failed.responseHeaders?.['retry-after']).toBe('60')
  })
})
