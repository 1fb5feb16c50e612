import { MAX_REQUEST_DEPTH } from '@chatwire/core'
import { catchChatwireError, decodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { createFriendliCodec, friendliCodec } from './friendli-codec'

// Regression tests for what the decoder fuzz found (RELIABILITY.md, "Fuzzing").
const request = { model: 'zai-org/GLM-5.2', messages: [{ role: 'user', content: 'Hello!' }] }
const PRODUCTS = ['serverless', 'dedicated', 'tools'] as const

describe('Friendli decoders', () => {
  it.each(
    PRODUCTS.flatMap((product) =>
      ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map(
        (key) => [product, key] as const,
      ),
    ),
  )(
    "%s: a 'constructor'-like field '%s' is a 422 naming it, not 'function Object() { [native code] }'",
    (product, key) => {
      const body = JSON.parse(`{"${key}": 1, "model": "m", "messages": []}`)
      const error = catchChatwireError(() => createFriendliCodec({ product }).decodeRequest(body))
      expect(error.toJSON()).toMatchObject({ kind: 'invalid_request', status: 422, param: key })
      expect(error.message).toBe(`Friendli does not accept the field '${key}'`)
    },
  )

  it.each([
    ['a string', '"x"'],
    ['a number', '671'],
    ['null', 'null'],
  ])(
    'a chunk choice that is %s is an error part, not "Cannot create property \'finish_reason\'"',
    (_name, choice) => {
      const parts = decodeEvents(friendliCodec, {
        data: `{"id":"c","object":"chat.completion.chunk","created":1,"choices":[${choice}]}`,
      })
      expect(parts).toEqual([
        {
          type: 'error',
          error: expect.objectContaining({
            kind: 'upstream',
            message: 'Upstream response is malformed at choices[0]: expected an object',
          }),
        },
      ])
    },
  )

  it('a tool_status event nested 100 deep is an error part, not data that overflows an encoder', () => {
    let data: unknown = {}
    for (let level = 0; level < 100; level++) data = { nested: data }
    const status = { tool_call_id: 'call_1', name: 'web:search', status: 'STARTED', data }
    const parts = decodeEvents(friendliCodec, {
      event: 'tool_status',
      data: JSON.stringify(status),
    })
    expect(parts[0]).toMatchObject({ type: 'error', error: { kind: 'upstream', status: 502 } })
  })

  it('an unknown product in the context is a ChatwireError, not a TypeError', () => {
    const error = catchChatwireError(() =>
      friendliCodec.decodeRequest(request, { params: { product: 'edge' } }),
    )
    expect(error.toJSON()).toMatchObject({ kind: 'internal', status: 500 })
  })

  it.each(PRODUCTS)(
    '%s: tool parameters nested 5,000 deep are a 400 naming the field',
    (product) => {
      let parameters: unknown = { type: 'object', properties: {} }
      for (let level = 0; level < 5000; level++)
        parameters = { type: 'object', properties: { a: parameters } }
      const body = {
        ...request,
        tools: [{ type: 'function', function: { name: 'f', parameters } }],
      }
      const error = catchChatwireError(() => createFriendliCodec({ product }).decodeRequest(body))
      expect(error.toJSON()).toMatchObject({ kind: 'invalid_request', status: 400 })
      expect(error.param).toMatch(/^tools\[0\]\.function\.parameters\.properties\.a/)
      expect(error.message).toContain(`nested deeper than ${MAX_REQUEST_DEPTH} levels`)
    },
  )

  it('a 30 MB bare string stop is quoted as a short excerpt', () => {
    const error = catchChatwireError(() =>
      friendliCodec.decodeRequest({ ...request, stop: 's'.repeat(30_000_000) }),
    )
    expect(error.param).toBe('stop')
    expect(error.message.length).toBeLessThan(400)
  })

  it('keeps a short bare string stop byte-identical in the message', () => {
    expect(
      catchChatwireError(() => friendliCodec.decodeRequest({ ...request, stop: 'END' })).message,
    ).toBe(`'stop' must be a list of strings, e.g. ["END"]`)
  })

  it("keeps at most 1,000 characters of an upstream's own error message", () => {
    const body = JSON.stringify({ message: 'm'.repeat(300_000), error: { type: 'x' } })
    expect(friendliCodec.decodeError(500, body).message).toBe(`${'m'.repeat(1000)}…[299000 more]`)
  })

  it('reads Retry-After as an HTTP-date', () => {
    const headers = { 'retry-after': 'Thu, 01 Jan 2099 00:00:00 GMT' }
    expect(
      friendliCodec.decodeError(429, '{"message":"slow"}', headers).retryAfter,
    ).toBeGreaterThan(0)
  })
})
