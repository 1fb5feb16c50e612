import type { ChatStreamPart, Codec } from '@chatwire/core'
import { translateError, translateResponse } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { decodeBytes, encodeParts } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { friendliCodec } from '../friendli-codec'
import { readFixture, readJsonFixture } from './read-fixture'

const dataLines = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
const chunksOf = (parts: ChatStreamPart[]) =>
  parts.filter((part): part is Extract<ChatStreamPart, { type: 'chunk' }> => part.type === 'chunk')
const text = (parts: ChatStreamPart[]) =>
  chunksOf(parts)
    .flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? ''))
    .join('')
const toolCalls = (parts: ChatStreamPart[]) =>
  chunksOf(parts).flatMap((chunk) =>
    chunk.choices.flatMap((choice) => choice.delta.toolCalls ?? []),
  )
/** Through `to`'s wire and back: what a `to` client reads. */
const relay = (parts: ChatStreamPart[], to: Codec) => decodeBytes(to, encodeParts(to, parts))

describe('Friendli stream → OpenAI stream (§9.6)', () => {
  it('drops tool_status events and never turns them into tool calls', () => {
    const parts = decodeBytes(friendliCodec, readFixture('friendli-tool-status.sse'))
    const bytes = encodeParts(openaiCodec, parts)
    const lines = dataLines(bytes)
    expect(lines.some((line) => line.includes('math:calculator'))).toBe(false)
    expect(new TextDecoder().decode(bytes)).not.toContain('tool_status')
    const relayed = decodeBytes(openaiCodec, bytes)
    expect(toolCalls(relayed)).toEqual([])
    expect(text(relayed)).toBe('To convert 150 miles: about 241.4 km.')
    expect(relayed.at(-1)).toEqual({ type: 'done' })
  })

  it('turns the string "null" finish reason into JSON null and keeps the usage chunk', () => {
    const lines = dataLines(
      encodeParts(
        openaiCodec,
        decodeBytes(friendliCodec, readFixture('friendli-null-finish-reason.sse')),
      ),
    )
    const finishReasons = lines.map((line) => {
      if (line === '[DONE]') return line
      const { choices } = JSON.parse(line)
      return choices.length === 0 ? 'usage' : choices[0].finish_reason
    })
    expect(finishReasons).toEqual([null, null, 'length', 'usage', '[DONE]'])
    expect(lines.join('\n')).not.toContain('"null"')
    expect(JSON.parse(lines[3] ?? '').usage).toMatchObject({ prompt_tokens: 12, total_tokens: 14 })
  })

  it('keeps parallel tool-call deltas, indices and ids', () => {
    const parts = decodeBytes(friendliCodec, readFixture('friendli-parallel-tool-calls.sse'))
    expect(toolCalls(relay(parts, openaiCodec))).toEqual(toolCalls(parts))
    expect(toolCalls(parts).map((call) => [call.index, call.id])).toEqual([
      [0, 'call_3QrfStXSU6fGdOGPcETocIAq'],
      [1, 'call_8XkP2mVn5Qr7Ls4TwY6zHj1c'],
      [0, undefined],
      [1, undefined],
      [0, undefined],
    ])
  })

  it('re-expresses a mid-stream Friendli error as OpenAI’s `{"error":…}`', () => {
    const parts = decodeBytes(friendliCodec, readFixture('friendli-midstream-error.sse'))
    const lines = dataLines(encodeParts(openaiCodec, parts))
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
      error: {
        message: 'The engine stopped unexpectedly. Please retry.',
        type: 'internal_server_error',
        param: null,
        code: null,
      },
    })
  })
})

describe('OpenAI stream → Friendli stream', () => {
  it('keeps parallel tool calls and usage for a Friendli client', () => {
    const parts = decodeBytes(openaiCodec, readFixture('openai-parallel-tool-calls.sse', 'openai'))
    const relayed = relay(parts, friendliCodec)
    // Friendli types every tool-call delta `function` (reference §5.4): compare without it.
    const untyped = (calls: ReturnType<typeof toolCalls>) =>
      calls.map(({ type: _type, ...call }) => call)
    expect(untyped(toolCalls(relayed))).toEqual(untyped(toolCalls(parts)))
    expect(toolCalls(relayed).every((call) => call.type === 'function')).toBe(true)
    // Friendli reports cached prompt tokens only: completion details have no Friendli field.
    const usage = chunksOf(parts).flatMap(({ usage }) => (usage ? [usage] : []))
    expect(usage).toHaveLength(1)
    const { completionTokensDetails: _details, ...friendliUsage } = usage[0] ?? ({} as never)
    expect(chunksOf(relayed).flatMap(({ usage }) => (usage ? [usage] : []))).toEqual([
      friendliUsage,
    ])
    expect(relayed.at(-1)).toEqual({ type: 'done' })
  })

  it('ends a truncated OpenAI stream with a Friendli in-stream error', () => {
    const parts = decodeBytes(openaiCodec, readFixture('openai-truncated.sse', 'openai'))
    const lines = dataLines(encodeParts(friendliCodec, parts))
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
      message: expect.stringContaining('without [DONE]'),
      error: {},
    })
  })
})

describe('responses and errors between Friendli and OpenAI', () => {
  it('carries a Friendli tool-call response to OpenAI and back', () => {
    const friendli = readJsonFixture('friendli-tool-calls.response.json')
    const openai = translateResponse(friendli, friendliCodec, openaiCodec)
    expect(openai.losses).toEqual([])
    const back = translateResponse(openai.body, openaiCodec, friendliCodec)
    expect(back.body).toEqual(friendli)
  })

  it('turns a Friendli 422 into an OpenAI invalid_request_error with the field', () => {
    const { status, body } = readJsonFixture<{ status: number; body: string }>(
      'friendli-validation.error.json',
    )
    const encoded = translateError(status, body, friendliCodec, openaiCodec)
    expect(encoded.status).toBe(422)
    expect(JSON.parse(encoded.body)).toEqual({
      error: {
        message: 'Input should be a valid string',
        type: 'string_type',
        param: 'messages[0].content',
        code: null,
      },
    })
  })

  it('turns an OpenAI 429 into the Friendli envelope, keeping Retry-After', () => {
    const { status, headers, body } = readJsonFixture<{
      status: number
      headers: Record<string, string>
      body: string
    }>('openai-rate-limit.error.json', 'openai')
    const encoded = translateError(status, body, openaiCodec, friendliCodec, headers)
    expect(encoded.status).toBe(429)
    expect(JSON.parse(encoded.body)).toEqual({
      message: expect.stringContaining('Rate limit reached for gpt-4o-mini'),
      error: { type: 'requests', code: 'rate_limit_exceeded' },
    })
    expect(encoded.headers['retry-after']).toBe('20')
    expect(friendliCodec.decodeError(encoded.status, encoded.body, encoded.headers).kind).toBe(
      'rate_limit',
    )
  })
})
