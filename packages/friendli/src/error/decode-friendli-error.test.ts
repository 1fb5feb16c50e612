import { fileURLToPath } from 'node:url'
import type { ChatError } from '@chatwire/core'
import { loadFixtures } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { decodeFriendliError } from './decode-friendli-error'

const { errors } = loadFixtures(fileURLToPath(new URL('../__fixtures__', import.meta.url)))
const fixture = (name: string) => {
  const found = errors.find((error) => error.name === name)
  if (!found) throw new Error(`no error fixture '${name}'`)
  return found
}

describe('decodeFriendliError', () => {
  it.each<{ name: string; expected: Omit<ChatError, 'raw'> }>([
    {
      name: 'friendli-validation',
      expected: {
        kind: 'invalid_request',
        status: 422,
        message: 'Input should be a valid string',
        param: 'messages[0].content',
        type: 'string_type',
      },
    },
    {
      name: 'friendli-unauthorized',
      expected: { kind: 'authentication', status: 401, message: 'Invalid or expired token.' },
    },
    {
      name: 'friendli-rate-limit',
      expected: {
        kind: 'rate_limit',
        status: 429,
        message: 'Rate limit exceeded for model zai-org/GLM-5.2.',
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
        retryAfter: 7,
      },
    },
    {
      name: 'friendli-bad-gateway',
      expected: {
        kind: 'upstream',
        status: 502,
        message: expect.stringContaining('<h1>502 Bad Gateway</h1>') as unknown as string,
      },
    },
  ])('$name', ({ name, expected }) => {
    const { status, headers, body } = fixture(name)
    const error = decodeFriendliError(status, body, headers)
    expect(error).toEqual({ ...expected, raw: expect.anything() })
  })

  it('keeps the parsed body as raw, and the text when it is not JSON', () => {
    expect(decodeFriendliError(401, '{"message":"no","error":{}}').raw).toEqual({
      message: 'no',
      error: {},
    })
    expect(decodeFriendliError(503, 'upstream down').raw).toBe('upstream down')
  })

  it.each([
    { body: '', status: 500, message: 'HTTP 500' },
    { body: '   ', status: 504, message: 'HTTP 504' },
    { body: '{"unexpected":true}', status: 500, message: '{"unexpected":true}' },
    { body: '"just a string"', status: 400, message: '"just a string"' },
  ])('falls back to the body text: $body', ({ body, status, message }) => {
    expect(decodeFriendliError(status, body)).toMatchObject({ status, message })
  })

  it('joins several validation problems and points at the first', () => {
    const body = JSON.stringify({
      detail: [
        { loc: ['body', 'stop'], msg: 'Input should be a valid list', type: 'list_type' },
        {
          loc: ['body', 'max_completion_tokens'],
          msg: 'Extra inputs are not permitted',
          type: 'extra_forbidden',
        },
      ],
    })
    expect(decodeFriendliError(422, body)).toMatchObject({
      kind: 'invalid_request',
      message: 'Input should be a valid list; Extra inputs are not permitted',
      param: 'stop',
      type: 'list_type',
    })
  })

  it('reads the Friendli envelope details and a numeric code', () => {
    const body = JSON.stringify({
      message: 'Model not found',
      error: { type: 'not_found', code: 404 },
    })
    expect(decodeFriendliError(404, body)).toMatchObject({
      kind: 'not_found',
      message: 'Model not found',
      type: 'not_found',
      code: '404',
    })
  })

  it.each([
    { header: '12', retryAfter: 12 },
    { header: 'Wed, 21 Oct 2015 07:28:00 GMT', retryAfter: 0 },
    { header: 'soon', retryAfter: undefined },
  ])('reads Retry-After $header', ({ header, retryAfter }) => {
    const error = decodeFriendliError(429, '{"message":"slow down","error":{}}', {
      'retry-after': header,
    })
    expect(error.retryAfter).toBe(retryAfter)
  })
})
