import { defaultDialects } from '@chatwire/dialects'
import { type Emulator, startEmulator } from '@chatwire/emulator'
import { ACME_KEY_HEADER, ACME_VENDOR_PATH, acmeDialect } from '@chatwire-test/dialect-fixture'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const KEY = 'acme-emulator-key'

// The emulator serves a dialect it has never heard of: acme brings its own emulator facet.
describe('the emulator started with the acme dialect', () => {
  let emulator: Emulator
  let client: OpenAI
  beforeAll(async () => {
    emulator = await startEmulator({ dialect: acmeDialect, apiKey: KEY })
    // Acme's clients are OpenAI's SDK with Acme's key header and no bearer.
    client = new OpenAI({
      baseURL: `${emulator.url}/v1`,
      apiKey: 'unused',
      defaultHeaders: { [ACME_KEY_HEADER]: KEY, authorization: null },
      maxRetries: 0,
      timeout: 10_000,
    })
  })
  afterAll(() => emulator.close())

  it('answers a text request and keeps acme_priority in the acme bag', async () => {
    const completion = await client.chat.completions.create({
      model: 'acme-small',
      messages: [{ role: 'user', content: '[[text:Hello from acme]]' }],
      acme_priority: 'high',
    } as OpenAI.ChatCompletionCreateParamsNonStreaming)
    expect(completion.choices[0]?.message.content).toBe('Hello from acme')
    const recorded = emulator.requests.at(-1)
    expect(recorded?.path).toBe(ACME_VENDOR_PATH)
    expect(recorded?.request?.extensions).toEqual({ acme: { acmePriority: 'high' } })
  })

  it('streams text in chunks with usage, in the acme content type and headers', async () => {
    const { data: stream, response } = await client.chat.completions
      .create({
        model: 'acme-small',
        messages: [{ role: 'user', content: '[[text:one two three]] [[chunks:3]]' }],
        stream: true,
        stream_options: { include_usage: true },
      })
      .withResponse()
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(response.headers.get('acme-version')).toBe('2026-01')
    let text = ''
    let totalTokens = 0
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      totalTokens = chunk.usage?.total_tokens ?? totalTokens
    }
    expect(text).toBe('one two three')
    expect(totalTokens).toBeGreaterThan(0)
  })

  it('rejects an acme_priority it does not know, naming the field', async () => {
    const call = client.chat.completions.create({
      model: 'acme-small',
      messages: [{ role: 'user', content: 'Hi' }],
      acme_priority: 'urgent',
    } as OpenAI.ChatCompletionCreateParamsNonStreaming)
    await expect(call).rejects.toMatchObject({ status: 400, param: 'acme_priority' })
  })

  it.each([
    ['a wrong key', { [ACME_KEY_HEADER]: 'wrong' }],
    ['a bearer instead of X-Acme-Key', { [ACME_KEY_HEADER]: null, authorization: `Bearer ${KEY}` }],
  ])('refuses %s with 401', async (_case, headers) => {
    const call = client.chat.completions.create(
      { model: 'acme-small', messages: [{ role: 'user', content: 'Hi' }] },
      { headers },
    )
    await expect(call).rejects.toMatchObject({ status: 401 })
  })

  it('answers a path Acme does not serve with 404 in its envelope', async () => {
    const response = await fetch(`${emulator.url}/v2/chat/completions`, {
      method: 'POST',
      headers: { [ACME_KEY_HEADER]: KEY, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(10_000),
    })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { message: expect.any(String) } })
  })
})

describe('the emulator asked for acme by name', () => {
  it('finds it in the dialect list it is given', async () => {
    const emulator = await startEmulator({
      dialect: 'acme',
      dialects: [...defaultDialects, acmeDialect],
    })
    try {
      expect(emulator.dialect).toBe('acme')
      const response = await fetch(`${emulator.url}${ACME_VENDOR_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'acme-small',
          messages: [{ role: 'user', content: '[[text:by name]]' }],
          acme_priority: 'low',
        }),
        signal: AbortSignal.timeout(10_000),
      })
      expect(response.status).toBe(200)
      expect((await response.json()).choices[0].message.content).toBe('by name')
    } finally {
      await emulator.close()
    }
  })

  it('is unknown to the default list', async () => {
    await expect(startEmulator({ dialect: 'acme' })).rejects.toThrow(/acme/)
  })
})
