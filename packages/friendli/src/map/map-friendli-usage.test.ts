import type { Usage } from '@chatwire/core'
import { decodeOpenAIUsage } from '@chatwire/openai/internal'
import { describe, expect, it } from 'vitest'
import type { FriendliUsage } from '../schema/friendli-usage'
import { encodeFriendliUsage } from './map-friendli-usage'

describe('encodeFriendliUsage (decoding is decodeOpenAIUsage)', () => {
  it.each<{ name: string; wire: FriendliUsage; canonical: Usage }>([
    {
      name: 'plain counts (reference §5.4 usage chunk)',
      wire: { prompt_tokens: 8, completion_tokens: 4, total_tokens: 12 },
      canonical: { promptTokens: 8, completionTokens: 4, totalTokens: 12 },
    },
    {
      name: 'cached prompt tokens',
      wire: {
        prompt_tokens: 9,
        completion_tokens: 11,
        total_tokens: 20,
        prompt_tokens_details: { cached_tokens: 4 },
      },
      canonical: {
        promptTokens: 9,
        completionTokens: 11,
        totalTokens: 20,
        promptTokensDetails: { cachedTokens: 4 },
      },
    },
  ])('$name', ({ wire, canonical }) => {
    expect(decodeOpenAIUsage(wire)).toEqual(canonical)
    expect(encodeFriendliUsage(canonical)).toEqual(wire)
  })

  it('leaves out details Friendli has no field for', () => {
    const usage: Usage = {
      promptTokens: 1,
      completionTokens: 2,
      totalTokens: 3,
      promptTokensDetails: { audioTokens: 1 },
      completionTokensDetails: { reasoningTokens: 2 },
    }
    expect(encodeFriendliUsage(usage)).toEqual({
      prompt_tokens: 1,
      completion_tokens: 2,
      total_tokens: 3,
    })
  })
})
