import type { ChatChunk, ChatStreamPart, EncodeStreamOptions } from '@chatwire/core'
import { encodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { createOctoAIStreamEncoder } from './create-octoai-stream-encoder'

const chunk = (fields: Partial<ChatChunk>): ChatChunk => ({
  type: 'chunk',
  id: 'chatcmpl-1',
  model: 'gpt-4o-mini',
  created: 1694268190,
  choices: [],
  ...fields,
})

/** An OpenAI-style canonical stream: role chunk, text, finish, then a usage-only chunk. */
const openaiStyle: ChatStreamPart[] = [
  chunk({ choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] }),
  chunk({ choices: [{ index: 0, delta: { content: 'Hello' } }] }),
  chunk({ choices: [{ index: 0, delta: {}, finishReason: { unified: 'stop', raw: 'stop' } }] }),
  chunk({ usage: { promptTokens: 9, completionTokens: 1, totalTokens: 10 } }),
  { type: 'done' },
]

const encode = (parts: ChatStreamPart[], options?: EncodeStreamOptions): string[] =>
  encodeEvents({ createStreamEncoder: createOctoAIStreamEncoder }, parts, options).map(
    (event) => event.data,
  )

/** What OctoAI writes for a `chunk(…)` with this one choice: the same envelope, plus `object`. */
const wireChunk = (choice: object, fields: object = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1694268190,
  model: 'gpt-4o-mini',
  choices: [choice],
  ...fields,
})

const parse = (data: string[]) => data.slice(0, -1).map((line) => JSON.parse(line))

describe('createOctoAIStreamEncoder', () => {
  it('writes role and function_call null on every delta, usage on the last content chunk, as OctoAI does', () => {
    const data = encode(openaiStyle)
    expect(data.at(-1)).toBe('[DONE]')
    expect(parse(data)).toEqual([
      wireChunk({
        index: 0,
        delta: { role: 'assistant', content: '', function_call: null },
        finish_reason: null,
      }),
      wireChunk({
        index: 0,
        delta: { role: 'assistant', content: 'Hello', function_call: null },
        finish_reason: null,
      }),
      wireChunk(
        { index: 0, delta: { role: 'assistant', function_call: null }, finish_reason: 'stop' },
        { usage: { completion_tokens: 1, prompt_tokens: 9, total_tokens: 10 } },
      ),
    ])
  })

  it('drops usage when the client did not ask for it', () => {
    const chunks = parse(encode(openaiStyle, { includeUsage: false }))
    expect(chunks).toHaveLength(3)
    expect(chunks.every((wire) => wire.usage === undefined)).toBe(true)
  })

  it('sends a finishing chunk at the end when nothing follows it', () => {
    const data = encode(openaiStyle.slice(0, 3))
    expect(data).toHaveLength(3)
    expect(JSON.parse(data[2] ?? '').choices[0].finish_reason).toBe('stop')
  })

  it('keeps cancelled and writes tool-call fragments', () => {
    const [wire] = parse(
      encode([
        chunk({
          choices: [
            {
              index: 0,
              delta: {
                toolCalls: [
                  { index: 0, id: 'call_1', type: 'function', name: 'f', arguments: '{"a"' },
                ],
              },
              finishReason: { unified: 'other', raw: 'cancelled' },
            },
          ],
        }),
        { type: 'done' },
      ]),
    )
    expect(wire.choices[0]).toEqual({
      index: 0,
      delta: {
        role: 'assistant',
        tool_calls: [
          { index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a"' } },
        ],
        function_call: null,
      },
      finish_reason: 'cancelled',
    })
  })

  // Bug: the encoder wrote a mid-stream {"object":"error"} event that no OctoAI source shows;
  // OctoML's server raises inside its SSE generator and the stream just ends.
  it.each<[string, ChatStreamPart[], number]>([
    ['after text', [openaiStyle[1] as ChatStreamPart], 1],
    ['after a held finishing chunk', [openaiStyle[1], openaiStyle[2]] as ChatStreamPart[], 2],
    ['before anything', [], 0],
  ])(
    'writes no mid-stream {"object":"error"} event and no [DONE] on an error part (%s)',
    (_, before, count) => {
      const data = encode([
        ...before,
        { type: 'error', error: { kind: 'overloaded', status: 503, message: 'Busy' } },
        openaiStyle[1] as ChatStreamPart,
        { type: 'done' },
      ])
      expect(data).toHaveLength(count)
      expect(data).not.toContain('[DONE]')
      expect(data.filter((line) => line.includes('"error"'))).toEqual([])
    },
  )

  it('fills created and model when the source has none (Elastic)', () => {
    const [wire] = parse(
      encode([
        { type: 'chunk', id: 'x', choices: [{ index: 0, delta: { content: 'a' } }] },
        { type: 'done' },
      ]),
    )
    expect(wire.model).toBe('')
    expect(Number.isInteger(wire.created)).toBe(true)
  })
})
