import type { ChatResponse } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeElasticChatResponse } from './decode-elastic-chat-response'
import { encodeElasticChatResponse } from './encode-elastic-chat-response'

const BOM = '\uFEFF'

const toolCallResponse: ChatResponse = {
  id: 'chatcmpl-1',
  model: 'gpt-4o-2024-08-06',
  created: 1741569952,
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        toolCalls: [
          {
            id: 'call_abc123',
            type: 'function',
            name: 'get_current_weather',
            arguments: '{"location":"Boston, MA"}',
          },
        ],
      },
      finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    },
  ],
  usage: { promptTokens: 82, completionTokens: 17, totalTokens: 99 },
}

describe('encodeElasticChatResponse', () => {
  it('writes what ES sends for a non-streamed provider answer: one message event, then [DONE]', () => {
    const { body, losses } = encodeElasticChatResponse(toolCallResponse)
    // ES chunks have no `created` (regression: it used to vanish without a loss entry).
    expect(losses).toEqual([
      { path: 'created', kind: 'hint', message: "Elasticsearch chunks have no 'created'" },
    ])
    expect(body).toBe(
      `${BOM}event: message\ndata: {"id":"chatcmpl-1","choices":[{"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"call_abc123","function":{"arguments":"{\\"location\\":\\"Boston, MA\\"}","name":"get_current_weather"},"type":"function"}]},"finish_reason":"tool_calls","index":0}],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk","usage":{"completion_tokens":17,"prompt_tokens":82,"total_tokens":99}}\n\n` +
        `${BOM}event: message\ndata: [DONE]\n\n`,
    )
  })

  it('reports what the chunk cannot carry', () => {
    const { losses } = encodeElasticChatResponse({
      id: 'c',
      systemFingerprint: 'fp_1',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hi', annotations: [{}] },
          logprobs: { content: [] },
        },
      ],
      usage: {
        promptTokens: 10,
        completionTokens: 2,
        totalTokens: 12,
        promptTokensDetails: { cachedTokens: 4, cacheWriteTokens: 6 },
        completionTokensDetails: { reasoningTokens: 1, audioTokens: 0 },
      },
    })
    expect(losses.map((loss) => [loss.path, loss.kind])).toEqual([
      ['systemFingerprint', 'hint'],
      ['usage.promptTokensDetails.cacheWriteTokens', 'hint'],
      ['usage.completionTokensDetails.audioTokens', 'hint'],
      ['choices[0].message.annotations', 'hint'],
      ['choices[0].logprobs', 'hint'],
    ])
  })

  it('carries reasoning as newer servers stream it (delta.reasoning)', () => {
    const response: ChatResponse = {
      id: 'c',
      choices: [{ index: 0, message: { role: 'assistant', content: '42', reasoning: 'think' } }],
    }
    const { body, losses } = encodeElasticChatResponse(response)
    expect(losses).toEqual([])
    expect(body).toContain('"delta":{"content":"42","role":"assistant","reasoning":"think"}')
    expect(decodeElasticChatResponse(body).choices[0]?.message.reasoning).toBe('think')
  })

  it('round-trips through decodeElasticChatResponse (created is not on the Elastic wire)', () => {
    const { created: _created, ...withoutCreated } = toolCallResponse
    expect(decodeElasticChatResponse(encodeElasticChatResponse(toolCallResponse).body)).toEqual(
      withoutCreated,
    )
  })
})

describe('decodeElasticChatResponse', () => {
  it.each([
    [
      'an event: error transcript',
      `${BOM}event: error\ndata: {"error":{"code":"not_found","message":"gone","type":"error"}}\n\n`,
      { status: 404, kind: 'not_found' },
    ],
    [
      'a transcript without [DONE]',
      `${BOM}event: message\ndata: {"id":"c","choices":[]}\n\n`,
      { kind: 'upstream', code: 'stream_error' },
    ],
    ['a chunk that is not a chunk', { id: 7 }, { kind: 'upstream', code: 'stream_error' }],
  ])('throws the decoded error for %s', (_name, body, expected) => {
    expect(() => decodeElasticChatResponse(body)).toThrowError(expect.objectContaining(expected))
  })
})
