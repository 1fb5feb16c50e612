import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { encodeOpenAIChatRequest } from './encode-openai-chat-request'

const base: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }

describe('encodeOpenAIChatRequest', () => {
  it.each([
    ['topK', { topK: 40 }, 'hint'],
    ['minP', { minP: 0.1 }, 'hint'],
    ['repetitionPenalty', { repetitionPenalty: 1.1 }, 'hint'],
    ['a regex response format', { responseFormat: { type: 'regex', pattern: '\\d+' } }, 'semantic'],
    ['a built-in tool', { tools: [{ type: 'builtin', name: 'web:search' }] }, 'semantic'],
    ['an OctoAI adapter', { extensions: { compatible: { peft: 'lora-1' } } }, 'semantic'],
    ['a Friendli XTC knob', { extensions: { compatible: { xtcProbability: 0.5 } } }, 'hint'],
    ['six stop sequences', { stop: ['1', '2', '3', '4', '5', '6'] }, 'semantic'],
  ] as const)('reports %s as a %s loss and leaves it out of the body', (_name, extra, kind) => {
    const { body, losses } = encodeOpenAIChatRequest({ ...base, ...extra } as ChatRequest)
    expect(losses).toHaveLength(1)
    expect(losses[0]?.kind).toBe(kind)
    expect(JSON.stringify(body)).not.toMatch(/top_k|min_p|repetition|regex|web:search|peft|xtc/)
  })

  it('reports a video part as a semantic loss and drops only that part', () => {
    const { body, losses } = encodeOpenAIChatRequest({
      ...base,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'look' },
            { type: 'video', url: 'https://v' },
          ],
        },
      ],
    })
    expect(losses).toEqual([
      expect.objectContaining({ path: 'messages[0].content[1]', kind: 'semantic' }),
    ])
    expect(body.messages[0]).toEqual({ role: 'user', content: [{ type: 'text', text: 'look' }] })
  })

  it('turns a JSON object format with a schema (OctoAI) into json_schema', () => {
    const schema = { type: 'object' }
    const { body, losses } = encodeOpenAIChatRequest({
      ...base,
      responseFormat: { type: 'json_object', schema },
    })
    expect(losses).toEqual([])
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'response', schema },
    })
  })

  it('sends stream flags only for a streaming call', () => {
    const request: ChatRequest = { ...base, streamOptions: { includeUsage: true } }
    expect(encodeOpenAIChatRequest(request).body).not.toHaveProperty('stream_options')
    expect(encodeOpenAIChatRequest(request, { stream: true }).body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    })
  })
})
