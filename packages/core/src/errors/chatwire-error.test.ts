import { describe, expect, it } from 'vitest'
import { ChatwireError, invalidRequest, toChatError } from './chatwire-error'
import { isRetryableKind, kindFromStatus, STATUS_BY_KIND, statusFromKind } from './error-kind'

describe('error kinds', () => {
  it.each(Object.entries(STATUS_BY_KIND))('%s ↔ %i', (kind, status) => {
    expect(statusFromKind(kind as keyof typeof STATUS_BY_KIND)).toBe(status)
    expect(kindFromStatus(status)).toBe(kind)
  })
  it.each([
    [408, 'timeout'],
    [418, 'invalid_request'],
    [500, 'internal'],
    [501, 'upstream'],
    [529, 'upstream'],
  ] as const)('status %i without an entry → %s', (status, kind) => {
    expect(kindFromStatus(status)).toBe(kind)
  })
  it.each([
    ['rate_limit', true],
    ['overloaded', true],
    ['timeout', true],
    ['invalid_request', false],
    ['authentication', false],
  ] as const)('%s retryable: %s', (kind, retryable) => {
    expect(isRetryableKind(kind)).toBe(retryable)
  })
})

describe('ChatwireError', () => {
  it('takes its status from the kind unless given, and serialises without undefined keys', () => {
    const error = new ChatwireError({ kind: 'rate_limit', message: 'slow down', retryAfter: 3 })
    expect(error.status).toBe(429)
    expect(error.retryable).toBe(true)
    expect(error.toJSON()).toEqual({
      kind: 'rate_limit',
      status: 429,
      message: 'slow down',
      retryAfter: 3,
    })
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.toJSON())
  })
  it('is recognised across copies through its Symbol.for marker, not instanceof', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('chatwire.error')]: true })
    expect(ChatwireError.isInstance(foreign)).toBe(true)
    expect(ChatwireError.isInstance(new Error('x'))).toBe(false)
    expect(ChatwireError.isInstance(null)).toBe(false)
  })
  it('round-trips through from()/toJSON()', () => {
    const data = {
      kind: 'not_found',
      status: 404,
      message: 'no',
      param: 'model',
      code: 'model_not_found',
      raw: { a: 1 },
    } as const
    expect(ChatwireError.from(data).toJSON()).toEqual(data)
  })
  it('turns anything thrown into an internal ChatError', () => {
    expect(toChatError(new TypeError('boom'))).toEqual({
      kind: 'internal',
      status: 500,
      message: 'boom',
    })
    expect(toChatError('text')).toEqual({ kind: 'internal', status: 500, message: 'text' })
    expect(toChatError(invalidRequest('bad', 'messages[0]'))).toMatchObject({
      status: 400,
      param: 'messages[0]',
    })
  })
})
