import { describe, expect, it } from 'vitest'
import { decodeElasticChatRequest } from './decode-elastic-chat-request'

const context = { params: { inference_id: 'openai-completion' } }
const hi = [{ role: 'user', content: 'hi' }]

describe('decodeElasticChatRequest', () => {
  it('puts the inference id and timeout in extensions.elastic and uses the id as model', () => {
    const request = decodeElasticChatRequest(
      { messages: [{ role: 'user', content: 'What is Elastic?' }] },
      { params: { inference_id: 'openai-completion' }, query: { timeout: '30s' } },
    )
    expect(request).toEqual({
      model: 'openai-completion',
      messages: [{ role: 'user', content: 'What is Elastic?' }],
      stream: true,
      streamOptions: { includeUsage: true },
      extensions: { elastic: { inferenceId: 'openai-completion', timeout: '30s' } },
    })
  })

  it('prefers the body model over the inference id', () => {
    const request = decodeElasticChatRequest({ model: 'gpt-4o', messages: hi }, context)
    expect(request.model).toBe('gpt-4o')
    expect(request.extensions?.elastic?.inferenceId).toBe('openai-completion')
  })

  it('requires a model or an inference id', () => {
    expect(() => decodeElasticChatRequest({ messages: hi })).toThrowError(
      expect.objectContaining({ param: 'inference_id', status: 400 }),
    )
  })

  it.each([
    ['a bare string', 'END', ['END']],
    ['a list', ['a', 'b'], ['a', 'b']],
    ['an empty list (dropped, as ES drops it)', [], undefined],
  ])('reads stop given as %s', (_title, stop, expected) => {
    const request = decodeElasticChatRequest({ messages: hi, stop }, context)
    expect(request.stop).toEqual(expected)
  })

  it('drops an empty tools list, as ES does', () => {
    expect(decodeElasticChatRequest({ messages: hi, tools: [] }, context).tools).toBeUndefined()
  })

  it('maps an assistant turn with only tool calls, and its tool answer', () => {
    const request = decodeElasticChatRequest(
      {
        messages: [
          {
            role: 'assistant',
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '{}' } },
            ],
          },
          { role: 'tool', content: [{ type: 'text', text: '09:41' }], tool_call_id: 'call_1' },
        ],
      },
      context,
    )
    expect(request.messages).toEqual([
      {
        role: 'assistant',
        toolCalls: [{ id: 'call_1', type: 'function', name: 'get_time', arguments: '{}' }],
      },
      { role: 'tool', toolCallId: 'call_1', content: [{ type: 'text', text: '09:41' }] },
    ])
  })
})

describe('the timeout query parameter', () => {
  const decode = (timeout: string) =>
    decodeElasticChatRequest(
      { messages: hi },
      { params: { inference_id: 'x' }, query: { timeout } },
    )

  it.each(['30s', '2m', '500ms', '1h', '-1', '0'])('accepts %s', (timeout) => {
    expect(decode(timeout).extensions?.elastic?.timeout).toBe(timeout)
  })

  it.each(['30', 'abc', '30 s'])('rejects %s as ES parses a TimeValue', (timeout) => {
    expect(() => decode(timeout)).toThrowError(
      expect.objectContaining({
        status: 400,
        type: 'parse_exception',
        param: 'timeout',
        message: `failed to parse setting [timeout] with value [${timeout}] as a time value: unit is missing or unrecognized`,
      }),
    )
  })
})
