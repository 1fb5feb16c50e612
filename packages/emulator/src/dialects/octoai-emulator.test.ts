import { OctoAI, OctoAIClient, OctoAIError } from '@octoai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../emulator-types'
import { startEmulator } from '../start-emulator'
import { postJson, readSseEvents } from '../test-support/read-sse-events'

const TOKEN = 'octo-token-0123456789'
const weather = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
  },
} as const

let emulator: Emulator
let client: OctoAIClient

beforeAll(async () => {
  emulator = await startEmulator({ dialect: 'octoai', apiKey: TOKEN })
  const url = emulator.url
  client = new OctoAIClient({
    apiKey: TOKEN,
    environment: { default: url, textGen: url, imageGen: url },
  })
})
afterAll(() => emulator.close())

const noRetry = { maxRetries: 0 }

describe('OctoAI emulator, read by the official @octoai/sdk', () => {
  it('streams text with usage on the last content chunk', async () => {
    const stream = await client.textGen.createChatCompletionStream(
      {
        model: 'meta-llama-3.1-8b-instruct',
        messages: [{ role: 'user', content: 'Hello from Octo [[chunks:3]]' }],
        streamOptions: { includeUsage: true },
      },
      noRetry,
    )
    const pieces: string[] = []
    const finishes: unknown[] = []
    let usage: OctoAI.textGen.UsageStats | undefined
    for await (const chunk of stream) {
      const choice = chunk.choices[0]
      if (choice?.delta?.content) pieces.push(choice.delta.content)
      if (choice?.finishReason) finishes.push(choice.finishReason)
      if (chunk.usage) usage = chunk.usage
    }
    expect(pieces).toEqual(['Hello', ' from', ' Octo'])
    expect(finishes).toEqual(['stop'])
    expect(usage).toMatchObject({ completionTokens: 3, promptTokens: 4, totalTokens: 7 })
  })

  it('answers without a stream, with a tool call when the prompt asks', async () => {
    const response = await client.textGen.createChatCompletion(
      {
        model: 'meta-llama-3.1-8b-instruct',
        messages: [{ role: 'user', content: 'call get_weather now' }],
        tools: [weather],
      },
      noRetry,
    )
    const choice = response.choices[0]
    expect(choice?.finishReason).toBe('tool_calls')
    expect(choice?.message.toolCalls?.[0]).toMatchObject({
      type: 'function',
      function: { name: 'get_weather', arguments: '{"city":"sample city"}' },
    })
    expect(response.usage).toMatchObject({ promptTokens: 3, totalTokens: expect.any(Number) })
  })

  it('streams tool-call argument fragments and logprobs', async () => {
    const stream = await client.textGen.createChatCompletionStream(
      { model: 'm', messages: [{ role: 'user', content: '[[tools]]' }], tools: [weather] },
      noRetry,
    )
    let args = ''
    for await (const chunk of stream) {
      for (const call of chunk.choices[0]?.delta?.toolCalls ?? [])
        args += call.function?.arguments ?? ''
    }
    expect(JSON.parse(args)).toEqual({ city: 'sample city' })
    const withLogprobs = await client.textGen.createChatCompletion(
      {
        model: 'm',
        messages: [{ role: 'user', content: 'two words' }],
        logprobs: true,
        topLogprobs: 1,
      },
      noRetry,
    )
    expect(withLogprobs.choices[0]?.logprobs?.content?.map((entry) => entry?.token)).toEqual([
      'two',
      ' words',
    ])
  })

  it.each([
    ['[[error:500]]', OctoAI.textGen.InternalServerError, 500],
    ['[[error:429]]', OctoAIError, 429],
  ])('raises %s as the SDK error', async (prompt, ErrorClass, status) => {
    const failure = await client.textGen
      .createChatCompletion({ model: 'm', messages: [{ role: 'user', content: prompt }] }, noRetry)
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ErrorClass)
    expect(failure).toMatchObject({
      statusCode: status,
      body: { object: 'error', message: `Emulated ${status} error` },
    })
  })

  it('raises a rejected body as UnprocessableEntityError with the field location', async () => {
    const failure = await client.textGen
      .createChatCompletion(
        { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 5 },
        noRetry,
      )
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(OctoAI.textGen.UnprocessableEntityError)
    expect((failure as OctoAIError).body).toMatchObject({
      detail: [{ loc: ['body', 'temperature'] }],
    })
  })
})

describe('OctoAI emulator rejects what OctoAI rejected', () => {
  const url = () => `${emulator.url}/v1/chat/completions`
  const auth = { authorization: `Bearer ${TOKEN}` }
  const user = [{ role: 'user', content: 'hi' }]

  it.each([
    [
      'tool_choice none (not in its schema)',
      { model: 'm', messages: user, tool_choice: 'none' },
      ['body', 'tool_choice'],
    ],
    ['max_tokens 0', { model: 'm', messages: user, max_tokens: 0 }, ['body', 'max_tokens']],
    ['top_p 0', { model: 'm', messages: user, top_p: 0 }, ['body', 'top_p']],
    ['no model', { messages: user }, ['body', 'model']],
    ['a body that is not JSON', '{"model"', ['body']],
  ])('%s → 422 detail', async (_name, body, loc) => {
    const response = await postJson(url(), body, auth)
    expect(response.status).toBe(422)
    const { detail } = (await response.json()) as {
      detail: { loc: unknown[]; msg: string; type: string }[]
    }
    expect(detail[0]).toMatchObject({ loc, msg: expect.any(String), type: expect.any(String) })
  })

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { authorization: 'Bearer nope' }, 401],
  ])('%s → %s', async (_name, headers, status) => {
    const response = await postJson(url(), { model: 'm', messages: user }, headers)
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({ object: 'error', type: 'authentication_error' })
  })

  it('answers an unknown path and a wrong method as FastAPI does', async () => {
    const missing = await postJson(`${emulator.url}/v1/chat`, {}, auth)
    expect([missing.status, await missing.json()]).toEqual([404, { detail: 'Not Found' }])
    const method = await fetch(url(), { headers: auth })
    expect([method.status, await method.json()]).toEqual([405, { detail: 'Method Not Allowed' }])
  })

  // OctoML's server raised inside its SSE generator: the stream just ends (SOURCES.md of octoai).
  it('ends a stream that fails mid-way after its text, with no error event and no [DONE]', async () => {
    const response = await postJson(
      url(),
      {
        model: 'm',
        messages: [{ role: 'user', content: 'a b [[midstream-error:1]]' }],
        stream: true,
      },
      auth,
    )
    const events = await readSseEvents(response)
    expect(events.length).toBeGreaterThan(0)
    expect(JSON.parse(events.at(-1)!.data)).toMatchObject({ object: 'chat.completion.chunk' })
    expect(events.some((event) => event.data.includes('"error"'))).toBe(false)
    expect(events.some((event) => event.data === '[DONE]')).toBe(false)
  })
})
