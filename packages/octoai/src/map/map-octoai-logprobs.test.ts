import { describe, expect, it } from 'vitest'
import type { OctoAILogprobs } from '../schema/octoai-logprobs'
import { decodeOctoAILogprobs, encodeOctoAILogprobs } from './map-octoai-logprobs'

describe('OctoAI logprobs', () => {
  it.each<[string, OctoAILogprobs, unknown]>([
    ['no content', {}, {}],
    [
      'null items dropped, optional fields absent',
      { content: [null, { token: 'Hi', logprob: -0.1 }, null] },
      { content: [{ token: 'Hi', logprob: -0.1 }] },
    ],
    [
      'bytes and top_logprobs kept',
      {
        content: [
          {
            token: 'Hi',
            logprob: -0.1,
            bytes: [72, 105],
            top_logprobs: [
              { token: 'Hi', logprob: -0.1, bytes: [72, 105] },
              { token: 'Hello', logprob: -2.3, bytes: null },
            ],
          },
        ],
      },
      {
        content: [
          {
            token: 'Hi',
            logprob: -0.1,
            bytes: [72, 105],
            topLogprobs: [
              { token: 'Hi', logprob: -0.1, bytes: [72, 105] },
              { token: 'Hello', logprob: -2.3 },
            ],
          },
        ],
      },
    ],
  ])('%s', (_, wire, canonical) => {
    const decoded = decodeOctoAILogprobs(wire)
    expect(decoded).toEqual(canonical)
    expect(decodeOctoAILogprobs(encodeOctoAILogprobs(decoded))).toEqual(decoded)
  })

  it('sends no refusal list', () => {
    const wire = encodeOctoAILogprobs({ content: [], refusal: [{ token: 'no', logprob: 0 }] })
    expect(wire).toEqual({ content: [] })
  })
})
