import { describe, expect, it } from 'vitest'
import { ChatwireError } from '../errors/chatwire-error'
import type { ChatChunk, ChatStreamPart } from '../schema/chat-stream-part'
import { aggregateChatStream, createChatStreamAggregator } from './aggregate-chat-stream'

const chunk = (choices: ChatChunk['choices'], extra: Partial<ChatChunk> = {}): ChatChunk => ({
  type: 'chunk',
  id: 'chatcmpl-1',
  model: 'gpt-4o-2024-08-06',
  choices,
  ...extra,
})

function aggregate(parts: ChatStreamPart[]) {
  const aggregator = createChatStreamAggregator()
  for (const part of parts) aggregator.push(part)
  return aggregator.result()
}

const parallelToolCalls: ChatStreamPart[] = [
  chunk([{ index: 0, delta: { role: 'assistant' } }], { created: 1694268190 }),
  chunk([
    {
      index: 0,
      delta: {
        toolCalls: [
          { index: 0, id: 'call_a', type: 'function', name: 'get_weather', arguments: '' },
        ],
      },
    },
  ]),
  chunk([
    {
      index: 0,
      delta: {
        toolCalls: [{ index: 1, id: 'call_b', type: 'function', name: 'get_time', arguments: '' }],
      },
    },
  ]),
  chunk([{ index: 0, delta: { toolCalls: [{ index: 0, arguments: '{"location":' }] } }]),
  chunk([{ index: 0, delta: { toolCalls: [{ index: 1, arguments: '{"tz":"UTC"}' }] } }]),
  chunk([{ index: 0, delta: { toolCalls: [{ index: 0, arguments: '"Paris"}' }] } }]),
  chunk([{ index: 0, delta: {}, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } }]),
  chunk([], { usage: { promptTokens: 16, completionTokens: 28, totalTokens: 44 } }),
  { type: 'done' },
]

describe('createChatStreamAggregator', () => {
  it('joins parallel tool-call fragments by index and keeps finish reason and usage', () => {
    expect(aggregate(parallelToolCalls)).toEqual({
      id: 'chatcmpl-1',
      model: 'gpt-4o-2024-08-06',
      created: 1694268190,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            toolCalls: [
              {
                id: 'call_a',
                type: 'function',
                name: 'get_weather',
                arguments: '{"location":"Paris"}',
              },
              { id: 'call_b', type: 'function', name: 'get_time', arguments: '{"tz":"UTC"}' },
            ],
          },
          finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        },
      ],
      usage: { promptTokens: 16, completionTokens: 28, totalTokens: 44 },
    })
  })

  it('concatenates text per choice and orders choices by index', () => {
    const result = aggregate([
      chunk([
        { index: 1, delta: { role: 'assistant', content: 'B' } },
        { index: 0, delta: { role: 'assistant', content: '' } },
      ]),
      chunk([
        { index: 0, delta: { content: 'Elastic' } },
        { index: 1, delta: { content: 'ye' } },
      ]),
      chunk([
        { index: 0, delta: { content: ' is' }, finishReason: { unified: 'stop', raw: 'stop' } },
      ]),
      chunk([{ index: 1, delta: { refusal: 'no' }, finishReason: { unified: 'length' } }]),
      { type: 'done' },
    ])
    expect(result.choices.map((choice) => [choice.index, choice.message.content])).toEqual([
      [0, 'Elastic is'],
      [1, 'Bye'],
    ])
    expect(result.choices[1]?.message.refusal).toBe('no')
    expect(result.choices[1]?.finishReason).toEqual({ unified: 'length' })
  })

  it('accumulates reasoning and logprobs, and custom tool input', () => {
    const token = (text: string) => ({ token: text, logprob: -0.5, bytes: null })
    const result = aggregate([
      chunk([
        {
          index: 0,
          delta: { reasoning: 'Think', content: 'A' },
          logprobs: { content: [token('A')] },
        },
      ]),
      chunk([
        {
          index: 0,
          delta: { reasoning: 'ing', content: 'B' },
          logprobs: { content: [token('B')] },
        },
      ]),
      chunk([
        {
          index: 0,
          delta: {
            toolCalls: [{ index: 0, id: 'c1', type: 'custom', name: 'sql', arguments: 'SELECT' }],
          },
        },
      ]),
      chunk([{ index: 0, delta: { toolCalls: [{ index: 0, arguments: ' 1' }] } }]),
      { type: 'done' },
    ])
    const [choice] = result.choices
    expect(choice?.message.reasoning).toBe('Thinking')
    expect(choice?.logprobs).toEqual({ content: [token('A'), token('B')] })
    expect(choice?.message.toolCalls).toEqual([
      { id: 'c1', type: 'custom', name: 'sql', input: 'SELECT 1' },
    ])
  })

  it('throws the error of an error part as a ChatwireError, keeping status and raw body', () => {
    const raw = { error: { code: 'stream_error', message: 'boom', type: 'error' } }
    const aggregator = createChatStreamAggregator()
    aggregator.push(chunk([{ index: 0, delta: { content: 'partial' } }]))
    aggregator.push({
      type: 'error',
      error: { kind: 'upstream', status: 502, message: 'boom', raw },
    })
    aggregator.push({ type: 'done' })
    const thrown = (() => {
      try {
        aggregator.result()
      } catch (error) {
        return error
      }
    })()
    expect(ChatwireError.isInstance(thrown)).toBe(true)
    expect(thrown).toMatchObject({ kind: 'upstream', status: 502, message: 'boom', raw })
  })

  it('throws an upstream error when the stream never reached a terminal part', () => {
    const aggregator = createChatStreamAggregator()
    aggregator.push(chunk([{ index: 0, delta: { content: 'cut' } }]))
    expect(() => aggregator.result()).toThrowError(/without a terminal part/)
  })

  it('ignores extension parts and anything after the terminal part', () => {
    const result = aggregate([
      chunk([{ index: 0, delta: { content: 'a' } }]),
      { type: 'extension', dialect: 'friendli', event: 'tool_status', data: {} },
      { type: 'done' },
      chunk([{ index: 0, delta: { content: 'late' } }]),
    ])
    expect(result.choices[0]?.message.content).toBe('a')
  })
})

describe('aggregateChatStream', () => {
  it('reads a ReadableStream of parts to one response', async () => {
    const stream = new ReadableStream<ChatStreamPart>({
      start(controller) {
        for (const part of parallelToolCalls) controller.enqueue(part)
        controller.close()
      },
    })
    const response = await aggregateChatStream(stream)
    expect(response.choices[0]?.message.toolCalls).toHaveLength(2)
    expect(response.usage?.totalTokens).toBe(44)
  })

  it('rejects with the stream error', async () => {
    const stream = new ReadableStream<ChatStreamPart>({
      start(controller) {
        controller.enqueue({
          type: 'error',
          error: { kind: 'rate_limit', status: 429, message: 'slow down' },
        })
        controller.close()
      },
    })
    await expect(aggregateChatStream(stream)).rejects.toMatchObject({
      kind: 'rate_limit',
      status: 429,
    })
  })
})
