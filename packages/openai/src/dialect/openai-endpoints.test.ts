import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import { openaiEndpoints } from './openai-endpoints'

const [chat] = openaiEndpoints

describe('openaiEndpoints', () => {
  it('serves /v1/chat/completions by the stream flag, with no error prefix (the fallback)', () => {
    expect(openaiEndpoints).toHaveLength(1)
    expect(chat).toMatchObject({
      id: 'chat',
      gatewayPaths: ['/v1/chat/completions'],
      streaming: 'flag',
      orderToolCalls: true,
      headers: {},
      streamHeaders: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
      },
    })
    expect(chat?.errorPrefix).toBeUndefined()
    expect(chat?.rejectBody).toBeUndefined()
    expect(chat?.codec).toBe(openaiCodec)
  })

  it('routes on the model', () => {
    const request = openaiCodec.decodeRequest(
      { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] },
      {},
    ) as ChatRequest
    expect(chat?.routeKey(request, {})).toBe('gpt-4o-mini')
  })

  it("answers an unknown model with OpenAI's 404 model_not_found", () => {
    const encoded = openaiCodec.encodeError(chat!.noRoute('gpt-9').toJSON())
    expect(encoded.status).toBe(404)
    expect(JSON.parse(encoded.body)).toEqual({
      error: {
        message: "The model 'gpt-9' does not exist: no gateway route matches it",
        type: 'invalid_request_error',
        param: 'model',
        code: 'model_not_found',
      },
    })
  })
})
