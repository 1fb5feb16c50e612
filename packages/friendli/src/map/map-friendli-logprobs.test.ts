import { decodeOpenAILogprobs } from '@chatwire/openai/internal'
import { describe, expect, it } from 'vitest'
import type { FriendliLogprobs } from '../schema/friendli-logprobs'
import { encodeFriendliLogprobs } from './map-friendli-logprobs'

describe('encodeFriendliLogprobs', () => {
  const wire: FriendliLogprobs = {
    content: [
      {
        token: 'Hi',
        logprob: -0.01,
        bytes: [72, 105],
        top_logprobs: [
          { token: 'Hi', logprob: -0.01, bytes: [72, 105] },
          { token: 'Hello', logprob: -4.6, bytes: null },
        ],
      },
    ],
  }

  it('round-trips Friendli logprobs through canonical', () => {
    expect(encodeFriendliLogprobs(decodeOpenAILogprobs(wire))).toEqual(wire)
  })

  it('drops the refusal list, which Friendli does not have', () => {
    const encoded = encodeFriendliLogprobs({ content: [], refusal: [] })
    expect(encoded).toEqual({ content: [] })
    expect(Object.keys(encoded)).toEqual(['content'])
  })
})
