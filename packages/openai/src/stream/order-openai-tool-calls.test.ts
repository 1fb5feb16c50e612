import { readFileSync } from 'node:fs'
import type { ChatChunk, ChatStreamPart } from '@chatwire/core'
import { decodeBytes, encodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import { createOpenAIStreamEncoder } from './create-openai-stream-encoder'
import { encodeOpenAIChatChunk } from './encode-openai-chat-chunk'

const decodeFixture = (name: string) =>
  decodeBytes(
    openaiCodec,
    new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url))),
  )

// The fixture interleaves two calls the way some OpenAI-compatible servers do: both headers, then
// 0, 1, 0, 1. OpenAI itself sends call 0 whole, then call 1.
const parallel = decodeFixture('openai-parallel-tool-calls.sse')
const chunkAt = (parts: ChatStreamPart[], position: number): ChatChunk => {
  const part = parts[position]
  if (part?.type !== 'chunk') throw new Error(`no chunk at ${position}`)
  return part
}
const role = chunkAt(parallel, 0)
const head0 = chunkAt(parallel, 1)
const head1 = chunkAt(parallel, 2)
const paris0 = chunkAt(parallel, 3)
const tokyo1 = chunkAt(parallel, 4)
const paris1 = chunkAt(parallel, 5)
const tokyo2 = chunkAt(parallel, 6)
const finish = chunkAt(parallel, 7)
const usage = chunkAt(parallel, 8)
const done: ChatStreamPart = { type: 'done' }
const text = chunkAt(decodeFixture('openai-text.sse'), 1)

const merge = (first: ChatChunk, second: ChatChunk): ChatChunk => ({
  ...second,
  choices: [
    {
      ...second.choices[0]!,
      delta: {
        toolCalls: [
          ...first.choices[0]!.delta.toolCalls!,
          ...(second.choices[0]!.delta.toolCalls ?? []),
        ],
      },
    },
  ],
})
const finishWith = (fragment: ChatChunk): ChatChunk => ({
  ...finish,
  choices: [{ ...finish.choices[0]!, delta: fragment.choices[0]!.delta }],
})

const encode = (parts: ChatStreamPart[]) =>
  encodeEvents({ createStreamEncoder: createOpenAIStreamEncoder }, parts, {
    orderToolCalls: true,
  }).map((event) => event.data)

/** The writer before reordering existed: every chunk encoded as it came. */
const today = (parts: ChatStreamPart[]) =>
  parts.map((part) =>
    part.type === 'chunk'
      ? JSON.stringify(encodeOpenAIChatChunk(part, { created: 0, model: '' }))
      : '[DONE]',
  )

const contiguous = [role, head0, paris0, paris1, head1, tokyo1, tokyo2, finish, usage, done]

describe('OpenAI stream encoder: parallel tool calls in OpenAI order', () => {
  it.each<[string, ChatStreamPart[], ChatStreamPart[]]>([
    [
      'interleaved 0, 1, 0, 1 → each call whole, in index order',
      [role, head0, head1, paris0, tokyo1, paris1, tokyo2, finish, usage, done],
      contiguous,
    ],
    ['already contiguous → unchanged', contiguous, contiguous],
    [
      'a single call → unchanged',
      [role, head0, paris0, paris1, finish, usage, done],
      [role, head0, paris0, paris1, finish, usage, done],
    ],
    [
      'text between fragments → written where it came, only fragments move',
      [role, head0, head1, paris0, text, tokyo1, paris1, tokyo2, finish, done],
      [role, head0, paris0, text, paris1, head1, tokyo1, tokyo2, finish, done],
    ],
    [
      'call 1 complete before call 0 → held whole until call 0 closes',
      [role, head0, head1, tokyo1, tokyo2, paris0, paris1, finish, done],
      [role, head0, paris0, paris1, head1, tokyo1, tokyo2, finish, done],
    ],
    [
      'a finish chunk carrying a fragment → the fragment, the held call, then the finish',
      [role, head0, head1, paris0, tokyo1, tokyo2, finishWith(paris1), usage, done],
      contiguous,
    ],
    [
      'both headers in one chunk → split, each with its own call',
      [role, merge(head0, head1), paris0, tokyo1, paris1, tokyo2, finish, usage, done],
      contiguous,
    ],
    [
      'no finish chunk → held fragments written before [DONE]',
      [role, head0, head1, paris0, tokyo1, done],
      [role, head0, paris0, head1, tokyo1, done],
    ],
  ])('%s', (_name, input, expected) => {
    expect(encode(input)).toEqual(today(expected))
  })

  it('leaves the order as given without orderToolCalls (the default)', () => {
    const interleaved = [role, head0, head1, paris0, tokyo1, paris1, tokyo2, finish, usage, done]
    const events: string[] = []
    const encoder = createOpenAIStreamEncoder((event) => events.push(event.data))
    for (const part of interleaved) encoder.push(part)
    expect(events).toEqual(today(interleaved))
  })

  it('writes text and the open call the moment they arrive; holds only other calls', () => {
    const written: number[] = []
    const events: string[] = []
    const encoder = createOpenAIStreamEncoder((event) => events.push(event.data), {
      orderToolCalls: true,
    })
    for (const part of [role, head0, head1, paris0, text, tokyo1, paris1]) {
      const before = events.length
      encoder.push(part)
      written.push(events.length - before)
    }
    // head1 and tokyo1 wait; paris1 closes call 0 and releases them after it.
    expect(written).toEqual([1, 1, 0, 1, 1, 0, 3])
  })

  it('flushes held fragments at end() when the stream stops without a terminal part', () => {
    const events: string[] = []
    const encoder = createOpenAIStreamEncoder((event) => events.push(event.data), {
      orderToolCalls: true,
    })
    for (const part of [role, head0, head1, paris0]) encoder.push(part)
    expect(events).toHaveLength(3)
    encoder.end()
    expect(events).toEqual(today([role, head0, paris0, head1]))
  })

  it('orders each choice on its own (n > 1)', () => {
    const inChoice = (chunk: ChatChunk, index: number): ChatChunk => ({
      ...chunk,
      choices: chunk.choices.map((choice) => ({ ...choice, index })),
    })
    const interleaved = [head0, head1, paris0, tokyo1, paris1, tokyo2]
    const input = [
      ...interleaved.map((c) => inChoice(c, 0)),
      ...interleaved.map((c) => inChoice(c, 1)),
    ]
    const ordered = [head0, paris0, paris1, head1, tokyo1, tokyo2]
    const expected = [...ordered.map((c) => inChoice(c, 0)), ...ordered.map((c) => inChoice(c, 1))]
    expect(encode(input)).toEqual(today(expected))
  })
})
