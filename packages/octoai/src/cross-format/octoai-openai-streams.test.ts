import type { ChatStreamPart } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
// Canonical logprobs say "none" as `null` (OpenAI's decoder) or by absence (OctoAI's): alike.
import { decodeBytes, encodeParts, withoutNulls } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import { readOctoAIFixture } from '../test-support/read-octoai-fixture'
import { readSiblingFixture } from '../test-support/read-sibling-fixture'
import { readSseDataLines, toBytes } from '../test-support/read-sse-data-lines'

const octoai = (name: string) => toBytes(readOctoAIFixture(name))
const openai = (name: string) => toBytes(readSiblingFixture('openai', name))

/** What OctoAI chunks cannot carry: a system fingerprint and usage detail counters. */
function withoutOpenAIOnly(parts: ChatStreamPart[]): ChatStreamPart[] {
  return parts.map((part) => {
    if (part.type !== 'chunk') return part
    const { systemFingerprint: _fingerprint, usage, ...chunk } = part
    if (!usage) return chunk
    const { promptTokens, completionTokens, totalTokens } = usage
    return { ...chunk, usage: { promptTokens, completionTokens, totalTokens } }
  })
}

describe('OctoAI stream → OpenAI stream (§9.4)', () => {
  it('OpenAI clients see object on every chunk, no null noise, and the same parts', () => {
    const parts = decodeBytes(octoaiCodec, octoai('octoai-text.sse'))
    const encoded = encodeParts(openaiCodec, parts)
    const lines = readSseDataLines(encoded)
    expect(lines.at(-1)).toBe('[DONE]')
    const chunks = lines.slice(0, -1).map((line) => JSON.parse(line))
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true)
    expect(chunks.filter((chunk) => 'role' in chunk.choices[0].delta)).toHaveLength(1)
    expect(lines.join('\n')).not.toContain('function_call')
    expect(decodeBytes(openaiCodec, encoded)).toEqual(parts)
  })

  it('cancelled reaches OpenAI as a valid finish reason, usage as sent', () => {
    const parts = decodeBytes(octoaiCodec, octoai('octoai-cancelled-usage.sse'))
    const lines = readSseDataLines(encodeParts(openaiCodec, parts))
    const chunks = lines.slice(0, -1).map((line) => JSON.parse(line))
    expect(chunks.at(-1).choices[0].finish_reason).toBe('stop')
    expect(chunks.find((chunk) => chunk.usage)?.usage).toEqual({
      prompt_tokens: 17,
      completion_tokens: 2,
      total_tokens: 19,
    })
  })

  it.each([
    'octoai-tool-call.sse',
    'octoai-logprobs.sse',
    'octoai-midstream-error.sse',
    'octoai-truncated.sse',
  ])('%s: OpenAI decodes back the same canonical parts', (name) => {
    const parts = decodeBytes(octoaiCodec, octoai(name))
    const again = decodeBytes(openaiCodec, encodeParts(openaiCodec, parts))
    const last = parts.at(-1)
    if (last?.type === 'error') {
      expect(again.slice(0, -1)).toEqual(parts.slice(0, -1))
      expect(again.at(-1)).toMatchObject({ type: 'error', error: { message: last.error.message } })
    } else {
      expect(withoutNulls(again)).toEqual(withoutNulls(parts))
    }
  })
})

describe('OpenAI stream → OctoAI stream', () => {
  it('writes role and function_call null on every delta, as OctoAI does', () => {
    const lines = readSseDataLines(
      encodeParts(octoaiCodec, decodeBytes(openaiCodec, openai('openai-text.sse'))),
    )
    expect(lines).toEqual([
      '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"","function_call":null},"finish_reason":null}]}',
      '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hello","function_call":null},"finish_reason":null}]}',
      '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","function_call":null},"finish_reason":"stop"}]}',
      '[DONE]',
    ])
  })

  it('parallel tool calls keep their indices; the usage chunk merges into the last one', () => {
    const parts = decodeBytes(openaiCodec, openai('openai-parallel-tool-calls.sse'))
    const encoded = encodeParts(octoaiCodec, parts)
    const lines = readSseDataLines(encoded)
    const last = JSON.parse(lines.at(-2) ?? '')
    expect(last.choices[0].finish_reason).toBe('tool_calls')
    expect(last.usage).toEqual({ completion_tokens: 34, prompt_tokens: 82, total_tokens: 116 })
    const again = decodeBytes(octoaiCodec, encoded)
    const calls = again.flatMap((part) =>
      part.type === 'chunk' ? part.choices.flatMap((choice) => choice.delta.toolCalls ?? []) : [],
    )
    expect(
      calls
        .filter((call) => call.index === 0)
        .map((call) => call.arguments)
        .join(''),
    ).toBe('{"city": "Paris"}')
    expect(
      calls
        .filter((call) => call.index === 1)
        .map((call) => call.arguments)
        .join(''),
    ).toBe('{"city": "Tokyo"}')
  })

  it('an OpenAI mid-stream error ends the OctoAI stream after its text, as OctoAI did', () => {
    const parts = decodeBytes(openaiCodec, openai('openai-midstream-error.sse'))
    const bytes = encodeParts(octoaiCodec, parts)
    const lines = readSseDataLines(bytes)
    expect(lines).not.toContain('[DONE]')
    expect(lines.some((line) => line.includes('"error"'))).toBe(false)
    const again = decodeBytes(octoaiCodec, bytes)
    expect(again.at(-1)?.type).toBe('error')
    expect(again.filter((part) => part.type === 'chunk').length).toBe(
      parts.filter((part) => part.type === 'chunk').length,
    )
  })

  it('openai-logprobs-crlf.sse decodes back the same, minus what OctoAI cannot carry', () => {
    const parts = decodeBytes(openaiCodec, openai('openai-logprobs-crlf.sse'))
    const again = decodeBytes(octoaiCodec, encodeParts(octoaiCodec, parts))
    expect(again).toEqual(withoutNulls(withoutOpenAIOnly(parts)))
  })
})
