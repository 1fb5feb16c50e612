import { readFileSync } from 'node:fs'
import type { ChatChunk, ChatStreamPart, SseEvent, ToolCallDelta } from '@chatwire/core'
import { decodeBytes } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import { createOpenAIStreamEncoder } from './create-openai-stream-encoder'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)))
const chunks = (parts: ChatStreamPart[]) =>
  parts.filter((part): part is ChatChunk => part.type === 'chunk')

/** What an SDK does: concatenate tool-call fragments by index. */
function assembleToolCalls(parts: ChatStreamPart[]) {
  const calls: Record<number, { id?: string; name?: string; arguments: string }> = {}
  for (const chunk of chunks(parts)) {
    for (const delta of chunk.choices[0]?.delta.toolCalls ?? ([] as ToolCallDelta[])) {
      calls[delta.index] ??= { arguments: '' }
      const call = calls[delta.index]!
      if (delta.id) call.id = delta.id
      if (delta.name) call.name = delta.name
      call.arguments += delta.arguments ?? ''
    }
  }
  return calls
}

function encode(
  parts: ChatStreamPart[],
  options?: Parameters<typeof createOpenAIStreamEncoder>[1],
) {
  const events: SseEvent[] = []
  const encoder = createOpenAIStreamEncoder((event) => events.push(event), options)
  for (const part of parts) encoder.push(part)
  return events.map((event) => event.data)
}

describe('OpenAI stream decoding', () => {
  it('keeps index and id of interleaved parallel tool calls, then usage, then done', () => {
    const parts = decodeBytes(openaiCodec, fixture('openai-parallel-tool-calls.sse'))
    expect(assembleToolCalls(parts)).toEqual({
      0: {
        id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA',
        name: 'get_weather',
        arguments: '{"city": "Paris"}',
      },
      1: {
        id: 'call_Q8Qm8lZ0pL4vU2cJ6xWn1rTe',
        name: 'get_weather',
        arguments: '{"city": "Tokyo"}',
      },
    })
    const usageChunk = parts.at(-2) as ChatChunk
    expect(usageChunk.choices).toEqual([])
    expect(usageChunk.usage).toEqual({
      promptTokens: 82,
      completionTokens: 34,
      totalTokens: 116,
      promptTokensDetails: { cachedTokens: 64 },
      completionTokensDetails: { reasoningTokens: 0 },
    })
    expect(chunks(parts).find((c) => c.choices[0]?.finishReason)?.choices[0]?.finishReason).toEqual(
      {
        unified: 'tool-calls',
        raw: 'tool_calls',
      },
    )
    expect(parts.at(-1)).toEqual({ type: 'done' })
  })

  it('turns a mid-stream {"error":…} into a terminal error part, after the text before it', () => {
    const parts = decodeBytes(openaiCodec, fixture('openai-midstream-error.sse'))
    expect(
      chunks(parts)
        .map((c) => c.choices[0]?.delta.content)
        .join(''),
    ).toBe('Hello')
    expect(parts.at(-1)).toMatchObject({
      type: 'error',
      error: { type: 'server_error', message: expect.stringContaining('The server had an error') },
    })
  })

  it('never reports success when [DONE] is missing', () => {
    const parts = decodeBytes(openaiCodec, fixture('openai-truncated.sse'))
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { kind: 'upstream', status: 502 } })
    expect(parts.filter((part) => part.type === 'done')).toEqual([])
  })

  it.each([
    ['not JSON', 'data: {"id":\n\n'],
    ['JSON but no choices', 'data: {"id":"x"}\n\n'],
    ['a JSON array', 'data: [1,2]\n\n'],
  ])('reports a chunk that is %s as an error, never patched over', (_name, text) => {
    const parts = decodeBytes(openaiCodec, new TextEncoder().encode(`${text}data: [DONE]\n\n`))
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatchObject({ type: 'error', error: { kind: 'upstream' } })
  })

  it('keeps logprobs and CRLF-framed events with comments', () => {
    const parts = decodeBytes(openaiCodec, fixture('openai-logprobs-crlf.sse'))
    const first = chunks(parts)[0]?.choices[0]
    expect(first?.logprobs?.content?.[0]).toMatchObject({ token: 'Par', bytes: [80, 97, 114] })
    expect(first?.logprobs?.content?.[0]?.topLogprobs).toHaveLength(2)
    expect(parts.at(-1)).toEqual({ type: 'done' })
  })
})

describe('OpenAI stream encoding', () => {
  const usageOnly: ChatChunk = {
    type: 'chunk',
    id: 'c',
    choices: [],
    usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
  }
  const text: ChatChunk = {
    type: 'chunk',
    id: 'c',
    choices: [{ index: 0, delta: { content: 'Hi' } }],
  }

  it('fills `created`, `model`, null finish_reason and logprobs for chunks from dialects without them', () => {
    const [data] = encode([text])
    const wire = JSON.parse(data ?? '')
    expect(wire).toMatchObject({ id: 'c', object: 'chat.completion.chunk', model: '' })
    expect(wire.created).toBeTypeOf('number')
    expect(wire.choices[0]).toEqual({
      index: 0,
      delta: { content: 'Hi' },
      logprobs: null,
      finish_reason: null,
    })
  })

  it('keeps one `created` for the whole stream', () => {
    const datas = encode([text, text]).map((data) => JSON.parse(data).created)
    expect(new Set(datas).size).toBe(1)
  })

  it('drops usage the client did not ask for, keeps it when asked or unspecified', () => {
    expect(encode([usageOnly], { includeUsage: false })).toEqual([])
    expect(encode([usageOnly], { includeUsage: true })).toHaveLength(1)
    expect(encode([usageOnly])).toHaveLength(1)
  })

  it('writes an error part as {"error":…} and stops, without [DONE]', () => {
    const datas = encode([
      text,
      { type: 'error', error: { kind: 'overloaded', status: 503, message: 'busy' } },
      { type: 'done' },
    ])
    expect(datas).toHaveLength(2)
    expect(JSON.parse(datas[1] ?? '')).toEqual({
      error: { message: 'busy', type: 'server_error', param: null, code: null },
    })
  })

  it('drops extension parts it cannot express (a Friendli tool_status never becomes a tool call)', () => {
    const datas = encode([
      { type: 'extension', dialect: 'friendli', event: 'tool_status', data: { status: 'STARTED' } },
      { type: 'done' },
    ])
    expect(datas).toEqual(['[DONE]'])
  })
})
