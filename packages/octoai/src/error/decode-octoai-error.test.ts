import type { ChatError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { type ErrorFixture, readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { decodeOctoAIError } from './decode-octoai-error'

type Expected = Omit<ChatError, 'raw'>

describe('decodeOctoAIError', () => {
  it.each<[string, Expected]>([
    [
      'octoai-validation',
      {
        kind: 'invalid_request',
        status: 422,
        message: 'Input should be less than or equal to 2',
        code: 'less_than_equal',
        param: 'temperature',
      },
    ],
    [
      'octoai-validation-many',
      {
        kind: 'invalid_request',
        status: 422,
        message: 'messages: Field required; top_p: Input should be greater than 0',
        code: 'missing',
        param: 'messages',
      },
    ],
    [
      'octoai-internal',
      { kind: 'internal', status: 500, message: 'An example error', type: 'internal_error' },
    ],
    [
      'octoai-validation-errors',
      {
        kind: 'internal',
        status: 500,
        message: 'Request validation failed',
        type: 'invalid_request_error',
      },
    ],
    ['octoai-not-found', { kind: 'not_found', status: 404, message: 'Not Found' }],
    [
      'octoai-bad-gateway-html',
      {
        kind: 'upstream',
        status: 502,
        message: expect.stringContaining('<h1>502 Bad Gateway</h1>'),
      },
    ],
    [
      'octoai-rate-limit-text',
      { kind: 'rate_limit', status: 429, message: 'Too Many Requests', retryAfter: 7 },
    ],
  ])('%s', (name, expected) => {
    const fixture = readOctoAIJsonFixture<ErrorFixture>(`${name}.error.json`)
    const error = decodeOctoAIError(fixture.status, fixture.body, fixture.headers)
    const { raw, ...rest } = error
    expect(rest).toEqual(expected)
    expect(raw).toBeDefined()
  })

  it('keeps the parsed body as raw, or the text when it is not JSON', () => {
    expect(decodeOctoAIError(500, '{"message":"boom","type":"internal_error"}').raw).toEqual({
      message: 'boom',
      type: 'internal_error',
    })
    expect(decodeOctoAIError(503, 'upstream connect error').raw).toBe('upstream connect error')
  })

  it.each([
    [500, '', 'OctoAI answered HTTP 500 with an empty body'],
    [401, '{"error":{"message":"Invalid token"}}', 'Invalid token'],
    [400, '[1,2]', '[1,2]'],
  ])('HTTP %i %j → %s', (status, body, message) => {
    expect(decodeOctoAIError(status, body).message).toBe(message)
  })

  it.each([
    ['soon', undefined],
    ['Wed, 21 Oct 2015 07:28:00 GMT', 0],
    ['30', 30],
  ])('reads Retry-After %j as %s seconds', (header, seconds) => {
    expect(decodeOctoAIError(429, 'slow down', { 'retry-after': header }).retryAfter).toBe(seconds)
  })
})
