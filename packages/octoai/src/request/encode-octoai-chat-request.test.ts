import type { ChatRequest, Loss } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { OCTOAI_REQUEST_FIXTURES } from '../test-support/octoai-request-fixtures'
import { readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { decodeOctoAIChatRequest } from './decode-octoai-chat-request'
import { encodeOctoAIChatRequest } from './encode-octoai-chat-request'

const base: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }
const weather = { type: 'function', name: 'get_weather', parameters: { type: 'object' } } as const

describe('encodeOctoAIChatRequest', () => {
  it.each(OCTOAI_REQUEST_FIXTURES)(
    '%s survives OctoAI → canonical → OctoAI unchanged and without losses',
    (name) => {
      const wire = readOctoAIJsonFixture(`${name}.request.json`)
      const request = decodeOctoAIChatRequest(wire)
      const encoded = encodeOctoAIChatRequest(request, { stream: request.stream })
      expect(encoded.losses).toEqual([])
      expect(encoded.body).toEqual(wire)
    },
  )

  it.each<[string, Partial<ChatRequest>, Record<string, unknown>]>([
    [
      'shared knobs keep their OctoAI names',
      { minP: 0.1, repetitionPenalty: 1.2 },
      { min_p: 0.1, repetition_penalty: 1.2 },
    ],
    ['max tokens', { maxTokens: 2048 }, { max_tokens: 2048 }],
    ['stop stays a list', { stop: ['a'] }, { stop: ['a'] }],
    ['stream flag from the request', { stream: false }, { stream: false }],
    [
      'stream options',
      { streamOptions: { includeUsage: true } },
      { stream_options: { include_usage: true } },
    ],
    [
      'the OctoAI knobs of the compatible bag',
      {
        extensions: {
          compatible: { peft: 'lora-1', ignoreEos: false, logPrompt: true, loglikelihood: false },
        },
      },
      { peft: 'lora-1', ignore_eos: false, log_prompt: true, loglikelihood: false },
    ],
    [
      'json_schema in the form OctoAI documents for Llama 3.1',
      {
        responseFormat: {
          type: 'json_schema',
          name: 'car',
          schema: { type: 'object' },
          strict: true,
        },
      },
      {
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'car', schema: { type: 'object' }, strict: true },
        },
      },
    ],
    [
      'developer becomes system',
      { messages: [{ role: 'developer', content: 'Be brief.' }] },
      { messages: [{ role: 'system', content: 'Be brief.' }] },
    ],
    [
      'assistant tool calls get content "" as in OctoAI\'s guide',
      {
        messages: [
          {
            role: 'assistant',
            content: null,
            toolCalls: [{ id: 'c1', type: 'function', name: 'f', arguments: '{}' }],
          },
        ],
      },
      {
        messages: [
          {
            role: 'assistant',
            content: '',
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
          },
        ],
      },
    ],
  ])('%s', (_, fields, expected) => {
    const { body, losses } = encodeOctoAIChatRequest({ ...base, ...fields })
    expect(losses).toEqual([])
    expect(body).toEqual({ model: 'm', messages: [{ role: 'user', content: 'hi' }], ...expected })
  })

  it('honours options.stream over the request', () => {
    expect(encodeOctoAIChatRequest(base, { stream: true }).body.stream).toBe(true)
  })

  it("emulates tool_choice 'none' by leaving the tools out, and says so", () => {
    const { body, losses } = encodeOctoAIChatRequest({
      ...base,
      tools: [weather],
      toolChoice: 'none',
    })
    expect(body).toEqual({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })
    expect(losses).toEqual([
      {
        path: 'toolChoice',
        kind: 'hint',
        message: "OctoAI has no tool_choice 'none': emulated by leaving the tools out",
      },
    ])
  })

  it.each<[string, Partial<ChatRequest>, Pick<Loss, 'path' | 'kind'>[]]>([
    ['seed', { seed: 42 }, [{ path: 'seed', kind: 'semantic' }]],
    [
      'parallel tool calls',
      { parallelToolCalls: false },
      [{ path: 'parallelToolCalls', kind: 'hint' }],
    ],
    ['top_k', { topK: 40 }, [{ path: 'topK', kind: 'hint' }]],
    ['metadata', { metadata: { a: 'b' } }, [{ path: 'metadata', kind: 'hint' }]],
    ['reasoning effort', { reasoningEffort: 'low' }, [{ path: 'reasoningEffort', kind: 'hint' }]],
    [
      'strict tools',
      { tools: [{ ...weather, strict: true }] },
      [{ path: 'tools[0].strict', kind: 'hint' }],
    ],
    [
      'custom tools',
      { tools: [{ type: 'custom', name: 'grammar' }] },
      [{ path: 'tools[0]', kind: 'semantic' }],
    ],
    [
      'built-in tools',
      { tools: [{ type: 'builtin', name: 'web:search' }] },
      [{ path: 'tools[0]', kind: 'semantic' }],
    ],
    [
      'allowed_tools tool choice',
      { tools: [weather], toolChoice: { type: 'allowed_tools', mode: 'auto', tools: [] } },
      [{ path: 'toolChoice', kind: 'semantic' }],
    ],
    [
      'regex response format',
      { responseFormat: { type: 'regex', pattern: '\\d+' } },
      [{ path: 'responseFormat', kind: 'semantic' }],
    ],
    [
      'stream obfuscation',
      { streamOptions: { includeObfuscation: false } },
      [{ path: 'streamOptions.includeObfuscation', kind: 'hint' }],
    ],
    [
      'message names',
      { messages: [{ role: 'user', content: 'hi', name: 'ann' }] },
      [{ path: 'messages[0].name', kind: 'hint' }],
    ],
    [
      'audio parts',
      { messages: [{ role: 'user', content: [{ type: 'audio', data: 'AA', format: 'wav' }] }] },
      [{ path: 'messages[0].content[0]', kind: 'semantic' }],
    ],
    [
      'a legacy function message',
      { messages: [{ role: 'function', name: 'f', content: '1' }] },
      [{ path: 'messages[0]', kind: 'semantic' }],
    ],
    [
      'refusals and reasoning',
      {
        messages: [
          { role: 'assistant', content: [{ type: 'refusal', refusal: 'no' }], reasoning: 'hmm' },
        ],
      },
      [
        { path: 'messages[0].reasoning', kind: 'hint' },
        { path: 'messages[0].content[0]', kind: 'hint' },
      ],
    ],
    [
      'custom tool calls',
      {
        messages: [
          { role: 'assistant', toolCalls: [{ id: 'c', type: 'custom', name: 'g', input: 'x' }] },
        ],
      },
      [{ path: 'messages[0].toolCalls[0]', kind: 'semantic' }],
    ],
    [
      'foreign extensions',
      {
        extensions: { compatible: { xtcThreshold: 0.1, peft: 'lora-1' }, openai: { store: true } },
      },
      [
        { path: 'extensions.compatible.xtcThreshold', kind: 'hint' },
        { path: 'extensions.openai.store', kind: 'hint' },
      ],
    ],
  ])('reports %s as a loss', (_, fields, expected) => {
    const { losses } = encodeOctoAIChatRequest({ ...base, ...fields })
    expect(losses.map(({ path, kind }) => ({ path, kind }))).toEqual(expected)
  })
})
