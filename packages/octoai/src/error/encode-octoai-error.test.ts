import type { ChatError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { type ErrorFixture, readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { decodeOctoAIError } from './decode-octoai-error'
import { encodeOctoAIError } from './encode-octoai-error'

describe('encodeOctoAIError', () => {
  it.each<[string, ChatError, number, unknown]>([
    [
      'a decoded request problem → 422 detail',
      {
        kind: 'invalid_request',
        status: 422,
        message: 'Field required',
        code: 'missing',
        param: 'messages[1].content',
      },
      422,
      {
        detail: [
          { loc: ['body', 'messages', 1, 'content'], msg: 'Field required', type: 'missing' },
        ],
      },
    ],
    [
      'a 400 naming a field (OpenAI style) → 422 detail',
      { kind: 'invalid_request', status: 400, message: 'Bad value', param: 'top_p' },
      422,
      { detail: [{ loc: ['body', 'top_p'], msg: 'Bad value', type: 'value_error' }] },
    ],
    [
      'a 400 with a vendor code stays a 400 envelope',
      {
        kind: 'invalid_request',
        status: 400,
        message: 'Too long',
        param: 'messages',
        code: 'context_length_exceeded',
      },
      400,
      {
        object: 'error',
        message: 'Too long',
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    ],
    [
      'an internal error → 500 envelope',
      { kind: 'internal', status: 500, message: 'An example error' },
      500,
      {
        object: 'error',
        message: 'An example error',
        type: 'internal_error',
        param: null,
        code: null,
      },
    ],
    [
      'a rate limit keeps its status and vendor type',
      { kind: 'rate_limit', status: 429, message: 'Slow down', type: 'requests', retryAfter: 1.2 },
      429,
      { object: 'error', message: 'Slow down', type: 'requests', param: null, code: null },
    ],
  ])('%s', (_, error, status, body) => {
    const encoded = encodeOctoAIError(error)
    expect(encoded.status).toBe(status)
    expect(encoded.headers['content-type']).toBe('application/json')
    expect(JSON.parse(encoded.body)).toEqual(body)
  })

  it('sends Retry-After in whole seconds', () => {
    const encoded = encodeOctoAIError({
      kind: 'rate_limit',
      status: 429,
      message: 'x',
      retryAfter: 1.2,
    })
    expect(encoded.headers['retry-after']).toBe('2')
  })

  it.each([
    'octoai-validation',
    'octoai-validation-many',
    'octoai-validation-errors',
    'octoai-internal',
  ])('re-sends the %s body exactly as OctoAI sent it', (name) => {
    const fixture = readOctoAIJsonFixture<ErrorFixture>(`${name}.error.json`)
    const encoded = encodeOctoAIError(decodeOctoAIError(fixture.status, fixture.body))
    expect(encoded.status).toBe(fixture.status)
    expect(JSON.parse(encoded.body)).toEqual(JSON.parse(fixture.body))
  })

  it.each(['octoai-not-found', 'octoai-bad-gateway-html', 'octoai-rate-limit-text'])(
    '%s survives decode → encode → decode',
    (name) => {
      const fixture = readOctoAIJsonFixture<ErrorFixture>(`${name}.error.json`)
      const first = decodeOctoAIError(fixture.status, fixture.body, fixture.headers)
      const encoded = encodeOctoAIError(first)
      const second = decodeOctoAIError(encoded.status, encoded.body, encoded.headers)
      expect({ ...second, raw: undefined }).toEqual({ ...first, raw: undefined, type: second.type })
    },
  )
})
