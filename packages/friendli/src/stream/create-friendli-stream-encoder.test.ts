import type { ChatStreamPart, EncodeStreamOptions, SseEvent } from '@chatwire/core'
import { encodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { createFriendliStreamEncoder } from './create-friendli-stream-encoder'

const text: ChatStreamPart = {
  type: 'chunk',
  id: 'chatcmpl-1',
  created: 1726294381,
  choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi' } }],
}
const usage: ChatStreamPart = {
  type: 'chunk',
  id: 'chatcmpl-1',
  choices: [],
  usage: { promptTokens: 8, completionTokens: 4, totalTokens: 12 },
}
const toolStatus: ChatStreamPart = {
  type: 'extension',
  dialect: 'friendli',
  event: 'tool_status',
  data: {
    tool_call_id: 'call_1',
    name: 'web:search',
    status: 'ENDED',
    parameters: [],
    timestamp: 1,
  },
}

const encode = (parts: ChatStreamPart[], options?: EncodeStreamOptions): SseEvent[] =>
  encodeEvents({ createStreamEncoder: createFriendliStreamEncoder }, parts, options)

describe('createFriendliStreamEncoder', () => {
  it('writes chunks as Friendli does: usage null, no model when unknown, [DONE]', () => {
    const events = encode([text, usage, { type: 'done' }])
    expect(events).toEqual([
      {
        data: '{"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null,"logprobs":null}],"usage":null,"created":1726294381}',
      },
      {
        data: '{"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":8,"completion_tokens":4,"total_tokens":12},"created":1726294381}',
      },
      { data: '[DONE]' },
    ])
  })

  it('writes tool_status as a named event and drops other dialects’ extension parts', () => {
    const foreign: ChatStreamPart = { type: 'extension', dialect: 'elastic', event: 'x', data: {} }
    expect(encode([toolStatus, foreign, { type: 'done' }])).toEqual([
      {
        event: 'tool_status',
        data: JSON.stringify(toolStatus.type === 'extension' && toolStatus.data),
      },
      { data: '[DONE]' },
    ])
  })

  it("names chunk events `token` with the 'token' variant, and nothing else", () => {
    const events = encode([toolStatus, text, { type: 'done' }], { variant: 'token' })
    expect(events.map((event) => event.event)).toEqual(['tool_status', 'token', undefined])
  })

  it('writes an error part as the Friendli envelope, then nothing', () => {
    const error: ChatStreamPart = {
      type: 'error',
      error: { kind: 'overloaded', status: 503, message: 'busy', type: 'overloaded' },
    }
    expect(encode([error, text, { type: 'done' }])).toEqual([
      { data: '{"message":"busy","error":{"type":"overloaded"}}' },
    ])
  })

  it('drops the usage-only chunk when the client did not ask for usage', () => {
    expect(encode([text, usage, { type: 'done' }], { includeUsage: false })).toHaveLength(2)
  })

  it('writes tool-call deltas with type and arguments, and reasoning as reasoning_content', () => {
    const chunk: ChatStreamPart = {
      type: 'chunk',
      id: 'c',
      model: 'm',
      created: 5,
      choices: [
        {
          index: 0,
          delta: {
            reasoning: 'hmm',
            toolCalls: [
              { index: 1, id: 'call_2', name: 'f' },
              { index: 0, arguments: '{}' },
            ],
          },
          finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        },
      ],
    }
    const [event] = encode([chunk])
    expect(JSON.parse(event?.data ?? '')).toEqual({
      id: 'c',
      object: 'chat.completion.chunk',
      model: 'm',
      choices: [
        {
          index: 0,
          delta: {
            reasoning_content: 'hmm',
            tool_calls: [
              { index: 1, id: 'call_2', type: 'function', function: { name: 'f', arguments: '' } },
              { index: 0, type: 'function', function: { arguments: '{}' } },
            ],
          },
          finish_reason: 'tool_calls',
          logprobs: null,
        },
      ],
      usage: null,
      created: 5,
    })
  })
})
