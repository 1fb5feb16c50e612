import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import type { ReplyScript } from '../script/reply-script'
import { DEFAULT_REPLY, planReply, type ReplyPlan } from './plan-reply'

const base: ChatRequest = {
  model: 'gpt-test',
  messages: [{ role: 'user', content: 'Hi there you' }],
}

function plan(script: ReplyScript = {}, request: Partial<ChatRequest> = {}, echo = 'Hi there you') {
  const reply = planReply({
    request: { ...base, ...request },
    script,
    echo,
    promptTokens: 3,
    index: 7,
  })
  if (reply.kind !== 'completion') throw new Error(`expected a completion, got ${reply.kind}`)
  return reply.plan
}

const text = (reply: ReplyPlan) => reply.pieces.join('')

describe('planReply', () => {
  const schema = {
    type: 'object',
    properties: { city: { type: 'string' }, celsius: { type: 'integer', minimum: -90 } },
    required: ['city', 'celsius'],
  }
  it.each([
    [
      'json_schema',
      { type: 'json_schema', name: 'weather', schema },
      { city: 'sample city', celsius: -90 },
    ],
    [
      'json_object with a schema',
      { type: 'json_object', schema },
      { city: 'sample city', celsius: -90 },
    ],
  ] as const)('answers %s with an object that follows the schema', (_name, format, expected) => {
    expect(JSON.parse(text(plan({}, { responseFormat: format })))).toEqual(expected)
  })

  it('keeps a scripted text over the structured answer', () => {
    const format = { type: 'json_schema', schema } as const
    expect(text(plan({ text: 'plain' }, { responseFormat: format }))).toBe('plain')
  })

  it('echoes the prompt word by word, with usage and ids from the request number', () => {
    const reply = plan()
    expect(reply).toMatchObject({
      id: 'chatcmpl-emulator-7',
      model: 'gpt-test',
      pieces: ['Hi', ' there', ' you'],
      toolCalls: [],
      builtinRuns: [],
      finishReason: { unified: 'stop' },
      usage: { promptTokens: 3, completionTokens: 3, totalTokens: 6 },
      delayMs: 0,
      fault: undefined,
      logprobs: undefined,
    })
  })

  it.each([
    ['scripted text in N chunks', { text: 'abcdef', chunks: 3 }, {}, ['ab', 'cd', 'ef'], 'stop'],
    ['maxTokens cuts with length', {}, { maxTokens: 2 }, ['Hi', ' there'], 'length'],
    [
      'an explicit finish reason',
      { finishReason: 'content-filter' },
      {},
      ['Hi', ' there', ' you'],
      'content-filter',
    ],
  ] as const)('%s', (_name, script, request, pieces, finish) => {
    const reply = plan(script, request)
    expect(reply.pieces).toEqual(pieces)
    expect(reply.finishReason.unified).toBe(finish)
  })

  it('falls back to a fixed reply when the prompt was only directives', () => {
    expect(text(plan({}, {}, ''))).toBe(DEFAULT_REPLY)
  })

  it('calls tools instead of echoing, with deterministic ids, and counts argument fragments', () => {
    const reply = plan(
      { toolCalls: 'parallel' },
      {
        tools: [
          { type: 'function', name: 'a', parameters: { properties: { q: { type: 'string' } } } },
          { type: 'function', name: 'b' },
        ],
      },
    )
    expect(reply.pieces).toEqual([])
    expect(reply.finishReason.unified).toBe('tool-calls')
    expect(reply.toolCalls.map(({ id, name, arguments: args }) => ({ id, name, args }))).toEqual([
      { id: 'call_emulator_7_0', name: 'a', args: '{"q":"sample q"}' },
      { id: 'call_emulator_7_1', name: 'b', args: '{}' },
    ])
    const fragments = reply.toolCalls.reduce((sum, call) => sum + call.fragments.length, 0)
    expect(reply.usage.completionTokens).toBe(fragments)
  })

  it('plans built-in tool runs beside the echoed answer', () => {
    const reply = plan(
      { toolCalls: 'first', toolError: true },
      { tools: [{ type: 'builtin', name: 'math:calculator' }] },
    )
    expect(text(reply)).toBe('Hi there you')
    expect(reply.builtinRuns).toEqual([
      {
        id: 'call_emulator_7_builtin_0',
        name: 'math:calculator',
        input: 'Hi there you',
        failed: true,
      },
    ])
    expect(reply.finishReason.unified).toBe('stop')
  })

  it('adds logprobs when asked', () => {
    const reply = plan({}, { logprobs: true, topLogprobs: 2 })
    expect(reply.logprobs?.map((entry) => entry.token)).toEqual(['Hi', ' there', ' you'])
    expect(reply.logprobs?.[0]?.topLogprobs?.map((entry) => entry.token)).toEqual(['Hi', 'alt1'])
  })

  it.each([
    [{ midstreamError: {} }, { kind: 'error', afterChunks: 1 }],
    [
      { midstreamError: { afterChunks: 2, message: 'boom' } },
      { kind: 'error', afterChunks: 2, error: { message: 'boom', status: 500 } },
    ],
    [{ reset: {} }, { kind: 'reset', afterChunks: 1 }],
    [{ reset: { afterChunks: 0 } }, { kind: 'reset', afterChunks: 0 }],
  ] as const)('plans the fault %j', (script, fault) => {
    expect(plan(script).fault).toMatchObject(fault)
  })

  it.each([
    [
      { error: { status: 429 } },
      { kind: 'rate_limit', status: 429, retryAfter: 1, message: 'Emulated 429 error' },
    ],
    [{ error: { status: 503, retryAfter: 9 } }, { kind: 'overloaded', status: 503, retryAfter: 9 }],
    [
      { error: { status: 500, message: 'down' } },
      { kind: 'internal', status: 500, message: 'down' },
    ],
    [{ error: { status: 404 } }, { kind: 'not_found', status: 404 }],
  ] as const)('answers the error %j', (script, error) => {
    const reply = planReply({ request: base, script, echo: '', promptTokens: 0, index: 0 })
    expect(reply).toMatchObject({ kind: 'error', error })
  })

  it('stalls before anything else', () => {
    const reply = planReply({
      request: base,
      script: { stall: true, error: { status: 500 } },
      echo: '',
      promptTokens: 0,
      index: 0,
    })
    expect(reply).toEqual({ kind: 'stall' })
  })
})
