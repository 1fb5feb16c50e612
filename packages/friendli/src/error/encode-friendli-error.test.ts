import type { ChatError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeFriendliError } from './decode-friendli-error'
import { encodeFriendliError } from './encode-friendli-error'

describe('encodeFriendliError', () => {
  it('renders a request validation error as FastAPI 422 detail', () => {
    const encoded = encodeFriendliError({
      kind: 'invalid_request',
      status: 400,
      message: "'stop' must be a list of strings",
      param: 'stop',
    })
    expect(encoded).toEqual({
      status: 422,
      headers: { 'content-type': 'application/json' },
      body: '{"detail":[{"loc":["body","stop"],"msg":"\'stop\' must be a list of strings","type":"value_error"}]}',
    })
  })

  it('passes a FastAPI detail body through exactly', () => {
    const body =
      '{"detail":[{"loc":["body","messages",0,"content"],"msg":"Input should be a valid string","type":"string_type"},{"loc":["body","n"],"msg":"Input should be a valid integer","type":"int_type"}]}'
    expect(encodeFriendliError(decodeFriendliError(422, body)).body).toBe(body)
  })

  it.each<{ name: string; error: ChatError; status: number; body: unknown; headers?: object }>([
    {
      name: 'authentication',
      error: { kind: 'authentication', status: 401, message: 'Invalid or expired token.' },
      status: 401,
      body: { message: 'Invalid or expired token.', error: {} },
    },
    {
      name: 'rate limit with details and Retry-After',
      error: {
        kind: 'rate_limit',
        status: 429,
        message: 'Too many requests',
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
        retryAfter: 1.5,
      },
      status: 429,
      body: {
        message: 'Too many requests',
        error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' },
      },
      headers: { 'retry-after': '2' },
    },
    {
      name: 'upstream failure',
      error: { kind: 'upstream', status: 502, message: 'Bad gateway' },
      status: 502,
      body: { message: 'Bad gateway', error: {} },
    },
  ])('$name → Friendli envelope', ({ error, status, body, headers }) => {
    const encoded = encodeFriendliError(error)
    expect(encoded.status).toBe(status)
    expect(JSON.parse(encoded.body)).toEqual(body)
    expect(encoded.headers).toEqual({ 'content-type': 'application/json', ...headers })
  })

  it.each<ChatError>([
    { kind: 'authentication', status: 401, message: 'bad key', type: 'auth', code: 'invalid_key' },
    { kind: 'not_found', status: 404, message: 'no such model', param: 'model' },
    { kind: 'overloaded', status: 503, message: 'busy', retryAfter: 3 },
  ])('round-trips $kind through decodeFriendliError', (error) => {
    const { status, body, headers } = encodeFriendliError(error)
    const decoded = decodeFriendliError(status, body, headers)
    expect({ ...decoded, raw: undefined }).toEqual({ ...error, raw: undefined })
  })
})
