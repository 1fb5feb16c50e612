import { describe, expect, it } from 'vitest'
import { maskKey, readAuthorization } from './read-authorization'

describe('readAuthorization', () => {
  it.each([
    [{}, undefined],
    [{ authorization: '   ' }, undefined],
    [{ authorization: 'Bearer sk-abc' }, { scheme: 'bearer', credentials: 'sk-abc' }],
    [{ authorization: ' ApiKey   a2V5 ' }, { scheme: 'apikey', credentials: 'a2V5' }],
    [{ authorization: 'Basic' }, { scheme: 'basic', credentials: '' }],
  ])('%j → %j', (headers, expected) => {
    expect(readAuthorization(headers)).toEqual(expected)
  })
})

describe('maskKey', () => {
  it.each([
    ['', ''],
    ['short', '*****'],
    ['12345678', '********'],
    ['sk-proj-0123456789', 'sk-***********6789'],
  ])('%s → %s', (key, masked) => {
    expect(maskKey(key)).toBe(masked)
  })
})
