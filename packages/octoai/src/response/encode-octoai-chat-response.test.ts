import { type ChatResponse, translateResponse } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import { readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { readSiblingJsonFixture } from '../test-support/read-sibling-fixture'
import { decodeOctoAIChatResponse } from './decode-octoai-chat-response'
import { encodeOctoAIChatResponse } from './encode-octoai-chat-response'

const minimal: ChatResponse = {
  id: 'cmpl-1',
  model: 'm',
  created: 1700000000,
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' } }],
  usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 },
}

describe('encodeOctoAIChatResponse', () => {
  it.each([
    ['octoai-json-mode'],
    ['octoai-tool-call'],
    ['octoai-logprobs-cancelled'],
    ['octoai-text'],
  ])('%s survives decode → encode → decode', (name) => {
    const first = decodeOctoAIChatResponse(readOctoAIJsonFixture(`${name}.response.json`))
    const { body, losses } = encodeOctoAIChatResponse(first)
    expect(losses).toEqual([])
    expect(decodeOctoAIChatResponse(body)).toEqual(first)
  })

  it('reports the usage details OctoAI cannot carry (cached tokens), not zero ones', () => {
    // Friendli's body is OpenAI-compatible; its cached prompt tokens have no OctoAI field.
    const friendli = readSiblingJsonFixture('friendli', 'friendli-tool-calls.response.json')
    const { losses } = translateResponse(friendli, openaiCodec, octoaiCodec)
    expect(losses).toContainEqual({
      path: 'usage.promptTokensDetails',
      kind: 'hint',
      message: 'OctoAI usage has only the totals: dropped cachedTokens',
    })
    const openai = readSiblingJsonFixture('openai', 'openai-text.response.json')
    const zeros = translateResponse(openai, openaiCodec, octoaiCodec).losses
    expect(zeros.filter((loss) => loss.path.startsWith('usage'))).toEqual([])
  })

  it('writes the exact OctoAI shape', () => {
    const wire = readOctoAIJsonFixture<Record<string, unknown>>('octoai-tool-call.response.json')
    expect(encodeOctoAIChatResponse(decodeOctoAIChatResponse(wire)).body).toEqual(wire)
  })

  it('sends finish_reason null until set and keeps cancelled', () => {
    const { body } = encodeOctoAIChatResponse({
      ...minimal,
      choices: [
        { index: 0, message: { role: 'assistant', content: 'a' } },
        {
          index: 1,
          message: { role: 'assistant', content: 'b' },
          finishReason: { unified: 'other', raw: 'cancelled' },
        },
      ],
    })
    expect(body.choices.map((choice) => choice.finish_reason)).toEqual([null, 'cancelled'])
  })

  // Fields laid over `minimal`; an `undefined` one stands for a field a decoder left unset.
  it.each<[string, { [K in keyof ChatResponse]?: ChatResponse[K] | undefined }, string[]]>([
    ['no usage', { usage: undefined }, ['usage']],
    ['a system fingerprint', { systemFingerprint: 'fp' }, ['systemFingerprint']],
    [
      'a refusal and reasoning',
      {
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: null, refusal: 'no', reasoning: 'r' },
          },
        ],
      },
      ['choices[0].message.refusal', 'choices[0].message.reasoning'],
    ],
    [
      'a custom tool call',
      {
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              toolCalls: [{ id: 'c', type: 'custom', name: 'g', input: 'x' }],
            },
          },
        ],
      },
      ['choices[0].message.toolCalls[0]'],
    ],
  ])('reports %s as a loss', (_, fields, paths) => {
    const { losses } = encodeOctoAIChatResponse({ ...minimal, ...fields } as ChatResponse)
    expect(losses.map((loss) => loss.path)).toEqual(paths)
  })

  it('sends zero usage when it is unknown, as OctoAI requires the field', () => {
    const { usage: _unknown, ...withoutUsage } = minimal
    const { body } = encodeOctoAIChatResponse(withoutUsage)
    expect(body.usage).toEqual({ completion_tokens: 0, prompt_tokens: 0, total_tokens: 0 })
  })
})
