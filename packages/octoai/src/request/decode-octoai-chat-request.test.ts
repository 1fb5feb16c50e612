import { type ChatRequest, ChatwireError, chatRequestValidator } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { OCTOAI_REQUEST_FIXTURES } from '../test-support/octoai-request-fixtures'
import { readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { decodeOctoAIChatRequest } from './decode-octoai-chat-request'

function rejection(body: unknown): ChatwireError {
  try {
    decodeOctoAIChatRequest(body)
  } catch (error) {
    if (ChatwireError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected the body to be rejected')
}

const text = () => readOctoAIJsonFixture<Record<string, unknown>>('octoai-text.request.json')

/** The text fixture with `patch` applied; an `undefined` value removes the field. */
function textWith(patch: Record<string, unknown>): Record<string, unknown> {
  const body = { ...text(), ...patch }
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete body[key]
  return body
}

describe('decodeOctoAIChatRequest', () => {
  it.each(OCTOAI_REQUEST_FIXTURES)('%s decodes to a valid canonical request', (name) => {
    const request = decodeOctoAIChatRequest(readOctoAIJsonFixture(`${name}.request.json`))
    expect(chatRequestValidator.check(request)).toBe(true)
  })

  it('maps every field of the spec', () => {
    const request = decodeOctoAIChatRequest(
      readOctoAIJsonFixture('octoai-every-field.request.json'),
    )
    expect(request).toMatchObject({
      model: 'meta-llama-3.1-70b-instruct',
      maxTokens: 1024,
      temperature: 0.7,
      topP: 0.95,
      n: 2,
      stop: ['</s>', '\n\nUser:'],
      frequencyPenalty: 0.5,
      presencePenalty: -0.5,
      repetitionPenalty: 1.1,
      minP: 0.05,
      logitBias: { '50256': -100, '1234': 2.5 },
      logprobs: true,
      topLogprobs: 5,
      responseFormat: { type: 'json_object', schema: { type: 'object' } },
      toolChoice: { type: 'function', name: 'get_flight_status' },
      stream: true,
      streamOptions: { includeUsage: true },
      user: 'user-1234',
      extensions: {
        compatible: {
          peft: 'asset_01j1x2y3z4-lora',
          ignoreEos: true,
          logPrompt: true,
          loglikelihood: true,
        },
      },
    } satisfies Partial<ChatRequest>)
    expect(request.messages[2]).toEqual({
      role: 'assistant',
      content: '',
      toolCalls: [
        {
          id: 'call_1',
          type: 'function',
          name: 'get_flight_status',
          arguments: '{"flight_number": "AA100", "date": "2024-06-17"}',
        },
      ],
    })
    expect(request.messages[3]).toEqual({
      role: 'tool',
      toolCallId: 'call_1',
      content: '{"status": "On Time"}',
    })
  })

  it.each<[string, Record<string, unknown>, Partial<ChatRequest>]>([
    ['a single stop string becomes a list', { stop: 'END' }, { stop: ['END'] }],
    ['null fields are not set', { stop: null, user: null, logit_bias: null, tools: null }, {}],
    ['a null bias is no bias', { logit_bias: { '1': null, '2': 1 } }, { logitBias: { '2': 1 } }],
    ['defaults are not filled in', {}, {}],
    ['an empty tool list is no tools', { tools: [] }, {}],
    ['unknown fields are ignored, as by OctoAI', { seed: 7, parallel_tool_calls: false }, {}],
    [
      'peft: null is kept in the extension',
      { peft: null },
      { extensions: { compatible: { peft: null } } },
    ],
    ['empty stream options', { stream_options: {} }, { streamOptions: {} }],
    [
      'a text response format',
      { response_format: { type: 'text' } },
      { responseFormat: { type: 'text' } },
    ],
  ])('%s', (_, fields, expected) => {
    const request = decodeOctoAIChatRequest({ ...text(), ...fields })
    const { model, messages, maxTokens, temperature, topP, presencePenalty, ...rest } = request
    expect(rest).toEqual(expected)
  })

  it('reads an empty tool_calls list as no tool calls, on any role', () => {
    const request = decodeOctoAIChatRequest({
      model: 'm',
      messages: [
        { role: 'user', content: 'x', tool_calls: [] },
        { role: 'assistant', content: 'y', tool_calls: [] },
      ],
    })
    expect(request.messages).toEqual([
      { role: 'user', content: 'x' },
      { role: 'assistant', content: 'y' },
    ])
  })

  it('decodes message parts whose type is left out', () => {
    const request = decodeOctoAIChatRequest({
      model: 'm',
      messages: [
        {
          role: 'user',
          content: [{ text: 'hi' }, { image_url: { url: 'data:image/png;base64,AA' } }],
        },
      ],
    })
    expect(request.messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'hi' },
        { type: 'image', url: 'data:image/png;base64,AA' },
      ],
    })
  })

  it('keeps a tool message without tool_call_id (not in the schema) as an empty id', () => {
    const request = decodeOctoAIChatRequest({
      model: 'm',
      messages: [{ role: 'tool', content: '42' }],
    })
    expect(request.messages[0]).toEqual({ role: 'tool', toolCallId: '', content: '42' })
  })

  it.each<[string, unknown, string | undefined, string, string]>([
    [
      'a body that is not an object',
      [],
      undefined,
      'dict_type',
      'Input should be a valid dictionary',
    ],
    ['no model', { model: undefined }, 'model', 'missing', 'Field required'],
    ['no messages', { messages: undefined }, 'messages', 'missing', 'Field required'],
    [
      'max_tokens 0',
      { max_tokens: 0 },
      'max_tokens',
      'greater_than_equal',
      'Input should be greater than or equal to 1',
    ],
    [
      'max_tokens 1.5',
      { max_tokens: 1.5 },
      'max_tokens',
      'int_type',
      'Input should be a valid integer',
    ],
    [
      'temperature 2.5',
      { temperature: 2.5 },
      'temperature',
      'less_than_equal',
      'Input should be less than or equal to 2',
    ],
    [
      'temperature null',
      { temperature: null },
      'temperature',
      'float_type',
      'Input should be a valid number',
    ],
    ['top_p 0', { top_p: 0 }, 'top_p', 'greater_than', 'Input should be greater than 0'],
    [
      'top_p 1.1',
      { top_p: 1.1 },
      'top_p',
      'less_than_equal',
      'Input should be less than or equal to 1',
    ],
    ['n 0', { n: 0 }, 'n', 'greater_than_equal', 'Input should be greater than or equal to 1'],
    [
      'frequency_penalty −3',
      { frequency_penalty: -3 },
      'frequency_penalty',
      'greater_than_equal',
      'Input should be greater than or equal to -2',
    ],
    [
      'presence_penalty 3',
      { presence_penalty: 3 },
      'presence_penalty',
      'less_than_equal',
      'Input should be less than or equal to 2',
    ],
    [
      'repetition_penalty 0',
      { repetition_penalty: 0 },
      'repetition_penalty',
      'greater_than',
      'Input should be greater than 0',
    ],
    [
      'min_p 1.5',
      { min_p: 1.5 },
      'min_p',
      'less_than_equal',
      'Input should be less than or equal to 1',
    ],
    [
      'ignore_eos "yes"',
      { ignore_eos: 'yes' },
      'ignore_eos',
      'bool_type',
      'Input should be a valid boolean',
    ],
    ['peft 7', { peft: 7 }, 'peft', 'string_type', 'Input should be a valid string'],
    ['stop [1]', { stop: [1] }, 'stop[0]', 'string_type', 'Input should be a valid string'],
    [
      'stream_options.include_usage 1',
      { stream_options: { include_usage: 1 } },
      'stream_options.include_usage',
      'bool_type',
      'Input should be a valid boolean',
    ],
    [
      'tool_choice none',
      { tool_choice: 'none' },
      'tool_choice',
      'literal_error',
      "Input should be 'auto' or 'required' (OctoAI has no 'none': leave the tools out)",
    ],
    [
      'response_format of an unknown type',
      { response_format: { type: 'regex' } },
      'response_format.type',
      'literal_error',
      "Input should be 'text', 'json_object' or 'json_schema'",
    ],
    [
      'a message without role',
      { messages: [{ content: 'hi' }] },
      'messages[0].role',
      'missing',
      'Field required',
    ],
    [
      'a message of an unknown role',
      { messages: [{ role: 'developer', content: 'hi' }] },
      'messages[0].role',
      'literal_error',
      "Input should be 'system', 'user', 'assistant' or 'tool'",
    ],
    [
      'a user message without content',
      { messages: [{ role: 'user' }] },
      'messages[0].content',
      'missing',
      'A user message needs content',
    ],
    [
      'a system message with an image',
      { messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'u' } }] }] },
      'messages[0].content[0]',
      'value_error',
      'Only user messages may carry images',
    ],
    [
      'tool calls on a user message',
      {
        messages: [
          {
            role: 'user',
            content: 'x',
            tool_calls: [{ function: { name: 'f', arguments: '{}' } }],
          },
        ],
      },
      'messages[0].tool_calls',
      'value_error',
      'Only assistant messages carry tool calls',
    ],
    [
      'a tool call without function',
      { messages: [{ role: 'assistant', tool_calls: [{ id: 'a' }] }] },
      'messages[0].tool_calls[0].function',
      'missing',
      'Field required',
    ],
    [
      'a tool without a function name',
      { tools: [{ type: 'function', function: {} }] },
      'tools[0].function.name',
      'missing',
      'Field required',
    ],
    [
      '129 tools',
      { tools: Array.from({ length: 129 }, () => ({ function: { name: 'f' } })) },
      'tools',
      'too_long',
      'List should have at most 128 items',
    ],
  ])('rejects %s with a 422 naming the field', (_, fields, param, type, message) => {
    const body = Array.isArray(fields) ? fields : textWith(fields as Record<string, unknown>)
    const error = rejection(body)
    expect(error).toMatchObject({ kind: 'invalid_request', status: 422, code: type, message })
    expect(error.param).toBe(param)
  })
})
