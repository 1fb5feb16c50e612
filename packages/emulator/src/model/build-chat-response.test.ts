import { describe, expect, it } from 'vitest'
import { buildChatResponse } from './build-chat-response'
import { planReply } from './plan-reply'

function plan(toolCalls: 'first' | undefined, logprobs = false, n = 1) {
  const reply = planReply({
    request: {
      model: 'm',
      messages: [{ role: 'user', content: 'Hello you' }],
      tools: [{ type: 'function', name: 'lookup' }],
      logprobs,
      n,
    },
    script: toolCalls ? { toolCalls } : {},
    echo: 'Hello you',
    promptTokens: 2,
    index: 3,
  })
  if (reply.kind !== 'completion') throw new Error(reply.kind)
  return reply.plan
}

describe('buildChatResponse', () => {
  it('answers the whole text with usage', () => {
    const response = buildChatResponse(plan(undefined, true))
    expect(response).toMatchObject({
      id: 'chatcmpl-emulator-3',
      model: 'm',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello you' },
          finishReason: { unified: 'stop' },
        },
      ],
      usage: { promptTokens: 2, completionTokens: 2, totalTokens: 4 },
    })
    expect(response.choices[0]?.logprobs?.content?.map((entry) => entry.token)).toEqual([
      'Hello',
      ' you',
    ])
  })

  it('answers tool calls with null content', () => {
    const response = buildChatResponse(plan('first'))
    expect(response.choices[0]).toEqual({
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        toolCalls: [{ id: 'call_emulator_3_0', type: 'function', name: 'lookup', arguments: '{}' }],
      },
      finishReason: { unified: 'tool-calls' },
    })
  })

  it('answers n choices with per-choice call ids and usage for all of them', () => {
    const response = buildChatResponse(plan('first', false, 3))
    expect(
      response.choices.map((choice) => [choice.index, choice.message.toolCalls?.[0]?.id]),
    ).toEqual([
      [0, 'call_emulator_3_0'],
      [1, 'call_emulator_3_0_choice1'],
      [2, 'call_emulator_3_0_choice2'],
    ])
    expect(response.usage).toMatchObject({ completionTokens: 6, totalTokens: 8 })
  })
})
