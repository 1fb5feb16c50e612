import { type ChatResponse, type ChatwireError, chatResponseValidator } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { decodeOctoAIChatResponse } from './decode-octoai-chat-response'

describe('decodeOctoAIChatResponse', () => {
  it.each<[string, ChatResponse]>([
    [
      'octoai-json-mode',
      {
        id: 'chatcmpl-d5d81b7c80b249ea8177f95f68a51d8e',
        model: 'mistral-7b-instruct',
        created: 1709830931,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: '{"color": "black", "maker": "Toyota"}' },
            finishReason: { unified: 'stop', raw: 'stop' },
          },
        ],
        usage: { promptTokens: 98, completionTokens: 16, totalTokens: 114 },
      },
    ],
    [
      'octoai-tool-call',
      {
        id: 'cmpl-3f7b8d1e2c4a4b5f9e6d7c8b9a0f1e2d',
        model: 'hermes-2-pro-llama-3-8b',
        created: 1718600000,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              toolCalls: [
                {
                  id: 'chatcmpl-tool-0b9c2a2cbd1a4c6e8a3c0d6f1e2b7a45',
                  type: 'function',
                  name: 'get_flight_status',
                  arguments: '{"flight_number": "AA100", "date": "2024-06-17"}',
                },
              ],
            },
            finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
          },
        ],
        usage: { promptTokens: 310, completionTokens: 32, totalTokens: 342 },
      },
    ],
    [
      'octoai-logprobs-cancelled',
      {
        id: 'cmpl-5a1d2c3b4e5f60718293a4b5c6d7e8f9',
        model: 'meta-llama-3.1-8b-instruct',
        created: 1718600123,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'Hello' },
            finishReason: { unified: 'other', raw: 'cancelled' },
            logprobs: {
              content: [
                {
                  token: 'Hello',
                  logprob: -0.0123,
                  bytes: [72, 101, 108, 108, 111],
                  topLogprobs: [
                    { token: 'Hello', logprob: -0.0123, bytes: [72, 101, 108, 108, 111] },
                    { token: 'Hi', logprob: -4.61, bytes: [72, 105] },
                  ],
                },
              ],
            },
          },
        ],
        usage: { promptTokens: 12, completionTokens: 1, totalTokens: 13 },
      },
    ],
  ])('%s', (name, expected) => {
    const response = decodeOctoAIChatResponse(readOctoAIJsonFixture(`${name}.response.json`))
    expect(response).toEqual(expected)
    expect(chatResponseValidator.check(response)).toBe(true)
  })

  it('drops the null noise of real bodies (delta, function_call, system_fingerprint)', () => {
    const response = decodeOctoAIChatResponse(readOctoAIJsonFixture('octoai-text.response.json'))
    expect(response.systemFingerprint).toBeUndefined()
    expect(response.choices[0]?.message).toEqual({
      role: 'assistant',
      content: expect.stringContaining('Founded in 1921'),
    })
    expect(response.choices[0]?.finishReason).toEqual({ unified: 'length', raw: 'length' })
  })

  it('joins text parts and keeps a missing tool-call id as empty', () => {
    const response = decodeOctoAIChatResponse({
      id: 'x',
      created: 1,
      model: 'm',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: [{ type: 'text', text: 'a' }, { text: 'b' }],
            tool_calls: [{ function: { name: 'f', arguments: '{}' } }],
          },
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    })
    expect(response.choices[0]?.message).toEqual({
      role: 'assistant',
      content: 'ab',
      toolCalls: [{ id: '', type: 'function', name: 'f', arguments: '{}' }],
    })
  })

  it.each([null, 'text', { choices: [] }, { id: 'x' }])('rejects %j as upstream', (body) => {
    expect(() => decodeOctoAIChatResponse(body)).toThrowError(
      expect.objectContaining({ kind: 'upstream' }) as unknown as ChatwireError,
    )
  })
})
