import type { ChatResponse } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { encodeFriendliChatResponse } from './encode-friendli-chat-response'

const base: ChatResponse = {
  id: 'chatcmpl-1',
  model: 'gpt-4o-mini',
  created: 1741569952,
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'Hi' },
      finishReason: { unified: 'stop', raw: 'stop' },
    },
  ],
  usage: { promptTokens: 19, completionTokens: 10, totalTokens: 29 },
}

describe('encodeFriendliChatResponse', () => {
  it('writes the chat.completion Friendli returns', () => {
    expect(encodeFriendliChatResponse(base)).toEqual({
      body: {
        id: 'chatcmpl-1',
        model: 'gpt-4o-mini',
        object: 'chat.completion',
        choices: [
          { index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' },
        ],
        usage: { prompt_tokens: 19, completion_tokens: 10, total_tokens: 29 },
        created: 1741569952,
      },
      losses: [],
    })
  })

  it('reports what an OpenAI response says that Friendli cannot', () => {
    const { body, losses } = encodeFriendliChatResponse({
      ...base,
      systemFingerprint: 'fp_1',
      serviceTier: 'default',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            refusal: 'I cannot help with that.',
            annotations: [],
            toolCalls: [{ id: 'c', type: 'custom', name: 'sql', input: 'SELECT 1' }],
          },
          finishReason: { unified: 'content-filter', raw: 'content_filter' },
        },
      ],
    })
    expect(losses.map((loss) => `${loss.path} ${loss.kind}`)).toEqual([
      'choices[0].finishReason hint',
      'choices[0].message.toolCalls[0] semantic',
      'choices[0].message.refusal hint',
      'choices[0].message.annotations hint',
      'systemFingerprint hint',
      'serviceTier hint',
    ])
    expect(body.choices[0]).toEqual({
      index: 0,
      message: { role: 'assistant', content: null, tool_calls: [] },
      finish_reason: 'stop',
    })
  })

  it.each([
    [{ promptTokensDetails: { cachedTokens: 4 } }, []],
    [{ completionTokensDetails: { reasoningTokens: 0 } }, []],
    [
      { promptTokensDetails: { cachedTokens: 4, cacheWriteTokens: 2 } },
      ['usage.promptTokensDetails.cacheWriteTokens'],
    ],
    [
      { completionTokensDetails: { reasoningTokens: 7, audioTokens: 1 } },
      [
        'usage.completionTokensDetails.reasoningTokens',
        'usage.completionTokensDetails.audioTokens',
      ],
    ],
  ])('reports usage details Friendli has no field for: %j', (details, paths) => {
    const { losses } = encodeFriendliChatResponse({
      ...base,
      usage: { promptTokens: 9, completionTokens: 11, totalTokens: 20, ...details },
    })
    expect(losses.filter((loss) => loss.path.startsWith('usage')).map((loss) => loss.path)).toEqual(
      paths,
    )
  })

  it('sends zero usage when none is known, and says so', () => {
    const { usage: _usage, ...withoutUsage } = base
    const { body, losses } = encodeFriendliChatResponse(withoutUsage)
    expect(body.usage).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 })
    expect(losses).toEqual([expect.objectContaining({ path: 'usage', kind: 'hint' })])
  })
})
