import { readFileSync } from 'node:fs'
import { ChatwireError, compileSchema } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { ElasticChatRequest } from '../schema/elastic-chat-request'
import { decodeElasticChatRequest } from './decode-elastic-chat-request'

interface Reject {
  name: string
  body: unknown
  param: string
  message: string
  type: string
}

const rejects: Reject[] = JSON.parse(
  readFileSync(new URL('../__fixtures__/elastic-8.18-rejects.json', import.meta.url), 'utf8'),
)
const context = { params: { inference_id: 'openai-completion' } }
const elasticChatRequestValidator = compileSchema(ElasticChatRequest)

function thrown(body: unknown): ChatwireError {
  try {
    decodeElasticChatRequest(body, context)
  } catch (error) {
    if (ChatwireError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected decodeElasticChatRequest to throw')
}

describe('decodeElasticChatRequest', () => {
  it.each(rejects)('rejects $name as ES 8.18 would: $param', ({ body, param, message, type }) => {
    const error = thrown(body)
    expect({ kind: error.kind, status: error.status, param: error.param ?? '' }).toEqual({
      kind: 'invalid_request',
      status: 400,
      param,
    })
    expect({ message: error.message, type: error.type, code: error.code }).toEqual({
      message,
      type,
      code: 'bad_request',
    })
  })

  it.each(rejects.filter((reject) => reject.type === 'x_content_parse_exception'))(
    'agrees with the exported schema on $name',
    ({ body }) => {
      expect(elasticChatRequestValidator.check(body)).toBe(false)
    },
  )

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
    const request = decodeElasticChatRequest({ model: 'gpt-4o', messages: [] }, context)
    expect(request.model).toBe('gpt-4o')
    expect(request.extensions?.elastic?.inferenceId).toBe('openai-completion')
  })

  it('requires a model or an inference id', () => {
    expect(() => decodeElasticChatRequest({ messages: [] })).toThrowError(
      expect.objectContaining({ param: 'inference_id', status: 400 }),
    )
  })

  it.each([
    ['a bare string', 'END', ['END']],
    ['a list', ['a', 'b'], ['a', 'b']],
    ['an empty list (dropped, as ES drops it)', [], undefined],
  ])('reads stop given as %s', (_title, stop, expected) => {
    const request = decodeElasticChatRequest({ messages: [], stop }, context)
    expect(request.stop).toEqual(expected)
  })

  it('drops an empty tools list, as ES does', () => {
    expect(decodeElasticChatRequest({ messages: [], tools: [] }, context).tools).toBeUndefined()
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
      { messages: [] },
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
