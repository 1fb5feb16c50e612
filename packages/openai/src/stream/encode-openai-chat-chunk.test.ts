import { readFileSync } from 'node:fs'
import type { ChatChunk, ChunkDelta } from '@chatwire/core'
import { decodeBytes } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import { createOpenAIStreamEncoder } from './create-openai-stream-encoder'
import { encodeOpenAIChatChunk } from './encode-openai-chat-chunk'

const read = (name: string) =>
  readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')

const dataLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
    // Same keys in the same order; numbers as JS writes them (`-1.7432603e-6` ≡ `-0.0000017432603`).
    .map((data) => (data === '[DONE]' ? data : JSON.stringify(JSON.parse(data))))

/** Decodes a recorded stream and encodes it again: the `data:` payloads as OpenAI wrote them. */
function reencode(text: string): string[] {
  const data: string[] = []
  const encoder = createOpenAIStreamEncoder((event) => data.push(event.data))
  for (const part of decodeBytes(openaiCodec, new TextEncoder().encode(text))) encoder.push(part)
  return data
}

describe('OpenAI chunks carry the keys OpenAI sends, nulls included', () => {
  // openai-node tests/lib/__snapshots__/ChatCompletionStream.test.ts.snap (recorded API traffic).
  it.each(['openai-content-logprobs.sse', 'openai-refusal-logprobs.sse'])(
    're-encodes the recorded %s key for key',
    (name) => {
      const text = read(name)
      expect(reencode(text)).toEqual(dataLines(text))
    },
  )

  const chunk = (delta: ChunkDelta): ChatChunk => ({
    type: 'chunk',
    id: 'chatcmpl-1',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta }],
  })
  const defaults = { created: 1, model: 'gpt-4o-mini' }

  // Regression: re-encoded first deltas lost `refusal: null` / `content: null` (issue #13).
  it.each<[string, ChunkDelta, Record<string, unknown>]>([
    [
      'text opening',
      { role: 'assistant', content: '' },
      { role: 'assistant', content: '', refusal: null },
    ],
    ['role alone', { role: 'assistant' }, { role: 'assistant', content: null, refusal: null }],
    [
      'refusal opening',
      { role: 'assistant', refusal: '' },
      { role: 'assistant', content: null, refusal: '' },
    ],
    [
      'tool call in the opening delta',
      { role: 'assistant', toolCalls: [{ index: 0, id: 'call_1', name: 'f', arguments: '' }] },
      {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [
          { index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } },
        ],
      },
    ],
    ['later text delta', { content: 'Hi' }, { content: 'Hi' }],
    ['empty final delta', {}, {}],
  ])('%s', (_name, delta, expected) => {
    const wire = encodeOpenAIChatChunk(chunk(delta), defaults)
    expect(JSON.stringify(wire.choices[0]?.delta)).toBe(JSON.stringify(expected))
  })
})

describe('usage: null on every chunk but the usage chunk, when the client asked for usage', () => {
  const parts = decodeBytes(
    openaiCodec,
    new TextEncoder().encode(read('openai-content-logprobs.sse')),
  )
  const usageKeys = (includeUsage: boolean | undefined) => {
    const data: string[] = []
    const encoder = createOpenAIStreamEncoder((event) => data.push(event.data), { includeUsage })
    for (const part of parts) encoder.push(part)
    return data
      .filter((text) => text !== '[DONE]')
      .map((text) => {
        const chunk = JSON.parse(text) as Record<string, unknown>
        return [Object.keys(chunk).at(-1), chunk.usage === null ? null : typeof chunk.usage]
      })
  }

  it('adds usage: null as the last key of the other chunks with include_usage', () => {
    expect(usageKeys(true)).toEqual([
      ['usage', null],
      ['usage', null],
      ['usage', null],
      ['usage', null],
      ['usage', 'object'],
    ])
  })

  it.each([undefined, false])('adds nothing when include_usage is %s', (includeUsage) => {
    const keys = usageKeys(includeUsage)
    expect(keys.filter(([, usage]) => usage === null)).toEqual([])
  })
})
