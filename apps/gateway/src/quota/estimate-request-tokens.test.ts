import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { estimateRequestTokens, tokensOfChars } from './estimate-request-tokens'

const base = (fields: Partial<ChatRequest>): ChatRequest => ({
  model: 'gpt-4o',
  messages: [],
  ...fields,
})

const tool = {
  type: 'function' as const,
  name: 'get_weather',
  parameters: { type: 'object', properties: { city: { type: 'string' } } },
}

describe('estimateRequestTokens', () => {
  it.each([
    [
      'string content, characters / 4 rounded up',
      base({ messages: [{ role: 'user', content: 'Hello' }] }),
      { prompt: 2, completion: 1024, bounded: false },
    ],
    [
      'text parts and a system prompt',
      base({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: [{ type: 'text', text: 'abcdefgh' }] },
        ],
      }),
      { prompt: 5, completion: 1024, bounded: false },
    ],
    [
      'an assistant tool call: name + arguments',
      base({
        messages: [
          {
            role: 'assistant',
            toolCalls: [{ id: 'c1', type: 'function', name: 'f', arguments: '{"a":1}' }],
          },
        ],
      }),
      { prompt: 2, completion: 1024, bounded: false },
    ],
    [
      'max_tokens × n instead of the default',
      base({ messages: [{ role: 'user', content: 'Hi' }], maxTokens: 100, n: 3 }),
      { prompt: 1, completion: 300, bounded: true },
    ],
    [
      'max_tokens 0 is a bound',
      base({ maxTokens: 0 }),
      { prompt: 0, completion: 0, bounded: true },
    ],
  ])('%s', (_name, request, estimate) => {
    expect(estimateRequestTokens(request, 1024)).toEqual(estimate)
  })

  it('counts tool definitions as their JSON', () => {
    const request = base({ tools: [tool] })
    const chars = JSON.stringify([tool]).length
    expect(estimateRequestTokens(request, 0).prompt).toBe(Math.ceil(chars / 4))
  })

  it.each([
    [0, 0],
    [1, 1],
    [400, 100],
    [401, 101],
  ])('%d streamed characters are %d tokens', (chars, tokens) => {
    expect(tokensOfChars(chars)).toBe(tokens)
  })
})
