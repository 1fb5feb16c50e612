import { describe, expect, it } from 'vitest'
import { createErrorDecoder } from './create-error-decoder'

const decode = createErrorDecoder((status, body) => ({ kind: 'rate_limit', status, message: body }))

describe('createErrorDecoder', () => {
  it.each([
    ['no headers', undefined, undefined],
    ['no Retry-After', { 'content-type': 'text/plain' }, undefined],
    ['Retry-After seconds', { 'retry-after': '20' }, 20],
    ['retry-after-ms', { 'retry-after-ms': '1500' }, 1.5],
  ])('reads the body with the dialect reader and adds %s', (_name, headers, retryAfter) => {
    const error = decode(429, 'slow down', headers)
    expect(error).toEqual({
      kind: 'rate_limit',
      status: 429,
      message: 'slow down',
      ...(retryAfter === undefined ? {} : { retryAfter }),
    })
    expect('retryAfter' in error).toBe(retryAfter !== undefined)
  })
})
