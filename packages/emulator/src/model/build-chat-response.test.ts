import { describe, expect, it } from 'vitest'
import { buildChatResponse } from './build-chat-response'
import { planReply } from './plan-reply'

function plan(toolCalls: 'first' | undefined, logprobs = false) {
  const reply = planReply({
    request: {
      model: 'm',
      messages: [{ role: 'user', content: 'Hello you' }],
      tools: [{ type: 'function', name: 'lookup' }],
      logprobs,
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
})
