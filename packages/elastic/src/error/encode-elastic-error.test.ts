import { type ChatError, toChatError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeElasticChatRequest } from '../request/decode-elastic-chat-request'
import { decodeElasticError } from './decode-elastic-error'
import { encodeElasticError } from './encode-elastic-error'

const sse = (json: string) => `\uFEFFevent: error\ndata: ${json}\n\n`
const streamHeaders = { 'content-type': 'text/event-stream', 'x-elastic-product': 'Elasticsearch' }

describe('encodeElasticError', () => {
  it('sends a not-found as ES does: 404, text/event-stream, one event: error, no [DONE]', () => {
    const error: ChatError = {
      kind: 'not_found',
      status: 404,
      message: 'Inference endpoint not found [x]',
    }
    expect(encodeElasticError(error)).toEqual({
      status: 404,
      headers: streamHeaders,
      body: sse(
        '{"error":{"code":"not_found","message":"Inference endpoint not found [x]","type":"resource_not_found_exception"}}',
      ),
    })
  })

  it('sends a provider 5xx as 400 with the status in the message, as ES does', () => {
    const error: ChatError = {
      kind: 'upstream',
      status: 502,
      message: 'Bad gateway',
      type: 'server_error',
    }
    const encoded = encodeElasticError(error, { inferenceId: 'openai-completion' })
    expect(encoded.status).toBe(400)
    expect(encoded.body).toBe(
      sse(
        '{"error":{"code":"bad_request","message":"Received a server error status code for request from inference entity id [openai-completion] status [502]. Error message: [Bad gateway]","type":"server_error"}}',
      ),
    )
    expect(decodeElasticError(encoded.status, encoded.body)).toMatchObject({
      status: 502,
      kind: 'upstream',
    })
  })

  it.each<[string, ChatError, number, string]>([
    [
      'a gateway failure',
      { kind: 'internal', status: 500, message: 'oops' },
      500,
      'runtime_exception',
    ],
    [
      'an ES exception',
      { kind: 'overloaded', status: 503, message: 'no shards', type: 'cluster_block_exception' },
      503,
      'cluster_block_exception',
    ],
    [
      'a rate limit',
      { kind: 'rate_limit', status: 429, message: 'slow', retryAfter: 7 },
      429,
      'status_exception',
    ],
  ])('keeps the status of %s', (_name, error, status, type) => {
    const encoded = encodeElasticError(error)
    expect(encoded.status).toBe(status)
    expect(JSON.parse(encoded.body.slice(encoded.body.indexOf('{')))).toMatchObject({
      error: { type },
    })
  })

  it('sets Retry-After', () => {
    const encoded = encodeElasticError({
      kind: 'rate_limit',
      status: 429,
      message: 'slow',
      retryAfter: 7,
    })
    expect(encoded.headers['retry-after']).toBe('7')
  })

  it('answers an authentication failure with the plain ES envelope, as the security layer does', () => {
    const message =
      'unable to authenticate with provided credentials and anonymous access is not allowed for this request'
    expect(encodeElasticError({ kind: 'authentication', status: 401, message })).toEqual({
      status: 401,
      headers: {
        'content-type': 'application/json',
        'www-authenticate':
          'Basic realm="security", charset="UTF-8", Bearer realm="security", ApiKey',
        'x-elastic-product': 'Elasticsearch',
      },
      body: JSON.stringify({
        error: {
          root_cause: [{ type: 'security_exception', reason: message }],
          type: 'security_exception',
          reason: message,
        },
        status: 401,
      }),
    })
  })

  it('answers a body the parser rejects as the ES REST layer does: JSON envelope, no stream', () => {
    let error: ChatError | undefined
    try {
      decodeElasticChatRequest({ messages: [], n: 2 }, { params: { inference_id: 'x' } })
    } catch (thrown) {
      error = toChatError(thrown)
    }
    const reason = '[1:16] [UnifiedCompletionRequest] unknown field [n]'
    expect(error && encodeElasticError(error)).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' },
      body: JSON.stringify({
        error: {
          root_cause: [{ type: 'x_content_parse_exception', reason }],
          type: 'x_content_parse_exception',
          reason,
        },
        status: 400,
      }),
    })
  })

  it('answers a validation failure inside the stream, in the ES envelope', () => {
    let error: ChatError | undefined
    try {
      decodeElasticChatRequest({ messages: [] }, { params: { inference_id: 'x' } })
    } catch (thrown) {
      error = toChatError(thrown)
    }
    const type = 'action_request_validation_exception'
    const reason = 'Validation Failed: 1: Field [messages] cannot be an empty array;'
    expect(error && encodeElasticError(error)).toEqual({
      status: 400,
      headers: streamHeaders,
      body: sse(
        JSON.stringify({ error: { root_cause: [{ type, reason }], type, reason }, status: 400 }),
      ),
    })
  })
})
