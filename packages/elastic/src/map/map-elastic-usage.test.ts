import { describe, expect, it } from 'vitest'
import { decodeElasticUsage, encodeElasticUsage } from './map-elastic-usage'

describe('Elastic usage', () => {
  it.each([
    [
      'plain counts',
      { completion_tokens: 28, prompt_tokens: 16, total_tokens: 44 },
      { promptTokens: 16, completionTokens: 28, totalTokens: 44 },
    ],
    [
      'cached and reasoning details (newer servers)',
      {
        completion_tokens: 28,
        prompt_tokens: 16,
        total_tokens: 44,
        prompt_tokens_details: { cached_tokens: 8 },
        completion_tokens_details: { reasoning_tokens: 12 },
      },
      {
        promptTokens: 16,
        completionTokens: 28,
        totalTokens: 44,
        promptTokensDetails: { cachedTokens: 8 },
        completionTokensDetails: { reasoningTokens: 12 },
      },
    ],
  ])('maps %s both ways', (_name, wire, canonical) => {
    expect(decodeElasticUsage(wire)).toEqual(canonical)
    expect(encodeElasticUsage(canonical)).toEqual(wire)
  })

  it('drops detail counters ES does not write', () => {
    expect(
      encodeElasticUsage({
        promptTokens: 1,
        completionTokens: 2,
        totalTokens: 3,
        promptTokensDetails: { audioTokens: 4 },
      }),
    ).toEqual({ completion_tokens: 2, prompt_tokens: 1, total_tokens: 3 })
  })
})
