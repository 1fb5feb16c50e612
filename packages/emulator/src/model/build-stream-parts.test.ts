import type { ChatChunk, ChatStreamPart, ExtensionPart, ToolCallDelta } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import type { ReplyScript } from '../script/reply-script'
import { buildStreamParts } from './build-stream-parts'
import { planReply, type ReplyPlan } from './plan-reply'

function plan(script: ReplyScript, tools = false, n?: number): ReplyPlan {
  const reply = planReply({
    request: {
      model: 'm',
      ...(n ? { n } : {}),
      messages: [{ role: 'user', content: 'one two three four' }],
      ...(tools
        ? {
            tools: [
              {
                type: 'function',
                name: 'a',
                parameters: { properties: { city: { type: 'string' } } },
              },
              {
                type: 'function',
                name: 'b',
                parameters: { properties: { zone: { type: 'string' } } },
              },
            ],
          }
        : {}),
    },
    script,
    echo: 'one two three four',
    promptTokens: 4,
    index: 1,
  })
  if (reply.kind !== 'completion') throw new Error(reply.kind)
  return reply.plan
}

const chunks = (parts: ChatStreamPart[]) =>
  parts.filter((part): part is ChatChunk => part.type === 'chunk')
const content = (parts: ChatStreamPart[]) =>
  chunks(parts)
    .map((chunk) => chunk.choices[0]?.delta.content ?? '')
    .join('')

describe('buildStreamParts', () => {
  it('streams role, text pieces, finish, usage, done', () => {
    const { parts, reset } = buildStreamParts(plan({}))
    expect(reset).toBe(false)
    expect(parts.map((part) => part.type)).toEqual([...Array(7).fill('chunk'), 'done'])
    expect(chunks(parts)[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' })
    expect(content(parts)).toBe('one two three four')
    expect(chunks(parts)[5]?.choices[0]).toEqual({
      index: 0,
      delta: {},
      finishReason: { unified: 'stop' },
    })
    expect(chunks(parts)[6]).toMatchObject({
      choices: [],
      usage: { promptTokens: 4, completionTokens: 4, totalTokens: 8 },
    })
  })

  const toolDeltas = (script: ReplyScript) =>
    chunks(buildStreamParts(plan(script, true)).parts).flatMap(
      (chunk) => chunk.choices[0]?.delta.toolCalls ?? [],
    )
  const joined = (deltas: ToolCallDelta[], index: number) =>
    deltas
      .filter((delta) => delta.index === index)
      .map((delta) => delta.arguments)
      .join('')
  const headerA = { index: 0, id: 'call_emulator_1_0', type: 'function', name: 'a', arguments: '' }
  const headerB = { index: 1, id: 'call_emulator_1_1', type: 'function', name: 'b', arguments: '' }

  it('streams parallel tool calls like OpenAI: each call whole (header, fragments), then the next', () => {
    const deltas = toolDeltas({ toolCalls: 'parallel' })
    const indexes = deltas.map((delta) => delta.index)
    expect(indexes).toEqual([...indexes].sort())
    expect(deltas[0]).toEqual(headerA)
    const firstOfB = indexes.indexOf(1)
    expect(deltas[firstOfB]).toEqual(headerB)
    for (const delta of deltas.filter((_, position) => position !== 0 && position !== firstOfB)) {
      expect(Object.keys(delta).sort()).toEqual(['arguments', 'index'])
    }
    expect(JSON.parse(joined(deltas, 0))).toEqual({ city: 'sample city' })
    expect(JSON.parse(joined(deltas, 1))).toEqual({ zone: 'sample zone' })
  })

  it('interleaves on request: headers first, then fragments round-robin by index', () => {
    const deltas = toolDeltas({ toolCalls: 'parallel', toolCallOrder: 'interleaved' })
    expect(deltas.slice(0, 2)).toEqual([headerA, headerB])
    expect(deltas.slice(2, 6).map((delta) => delta.index)).toEqual([0, 1, 0, 1])
    expect(JSON.parse(joined(deltas, 0))).toEqual({ city: 'sample city' })
    expect(JSON.parse(joined(deltas, 1))).toEqual({ zone: 'sample zone' })
    expect(
      chunks(buildStreamParts(plan({ toolCalls: 'parallel' }, true)).parts)[0]?.choices[0]?.delta,
    ).toEqual({ role: 'assistant' })
  })

  it('puts leading dialect events first', () => {
    const event: ExtensionPart = {
      type: 'extension',
      dialect: 'friendli',
      event: 'tool_status',
      data: {},
    }
    expect(buildStreamParts(plan({}), [event]).parts[0]).toBe(event)
  })

  it('ends with an error part after the planned chunks', () => {
    const { parts, reset } = buildStreamParts(plan({ midstreamError: { afterChunks: 2 } }))
    expect(reset).toBe(false)
    expect(content(parts)).toBe('one two')
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { status: 500 } })
  })

  it('plans a reset with no terminal part', () => {
    const { parts, reset } = buildStreamParts(plan({ reset: { afterChunks: 3 } }))
    expect(reset).toBe(true)
    expect(content(parts)).toBe('one two three')
    expect(parts.every((part) => part.type === 'chunk')).toBe(true)
  })

  it('puts a fault past the text after the last piece', () => {
    const { parts } = buildStreamParts(plan({ reset: { afterChunks: 99 } }))
    expect(content(parts)).toBe('one two three four')
    expect(chunks(parts).some((chunk) => chunk.choices[0]?.finishReason)).toBe(false)
  })

  it('streams n choices interleaved, each with the whole answer and its own call ids', () => {
    const text = buildStreamParts(plan({ chunks: 2 }, false, 2)).parts
    const byChoice = (index: number) =>
      chunks(text)
        .flatMap((chunk) => chunk.choices.filter((choice) => choice.index === index))
        .map((choice) => choice.delta.content ?? '')
        .join('')
    expect(byChoice(0)).toBe('one two three four')
    expect(byChoice(1)).toBe('one two three four')
    expect(
      chunks(text)
        .map((chunk) => chunk.choices[0]?.index)
        .slice(0, 4),
    ).toEqual([0, 1, 0, 1])
    const calls = buildStreamParts(plan({ toolCalls: 'first' }, true, 2)).parts
    const ids = chunks(calls).flatMap(
      (chunk) => chunk.choices[0]?.delta.toolCalls?.map((call) => call.id) ?? [],
    )
    expect(ids.filter(Boolean)).toEqual(['call_emulator_1_0', 'call_emulator_1_0_choice1'])
  })
})
