import { describe, expect, it } from 'vitest'
import { checkClientKey, encodeClientKeys, readClientKey } from './check-client-key'

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

describe('readClientKey', () => {
  it.each([
    ['Bearer gw-1', 'gw-1'],
    ['bearer gw-1', 'gw-1'],
    ['ApiKey Z3ctMQ==', 'Z3ctMQ=='],
    [basic('elastic', 'gw-1'), 'gw-1'],
    ['Token gw-1', undefined],
    ['Basic !!!', undefined],
    ['Bearer', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, key) => {
    expect(readClientKey(header)).toBe(key)
  })
})

describe('checkClientKey', () => {
  const keys = encodeClientKeys(['gw-1', 'gw-22'])

  it.each(['Bearer gw-1', 'ApiKey gw-22', basic('any', 'gw-1')])('accepts %s', (header) => {
    expect(() => checkClientKey(keys, header)).not.toThrow()
  })

  it.each([
    [undefined, /Missing gateway key/],
    ['Bearer gw-2', /Invalid gateway key/],
    ['Bearer gw-1x', /Invalid gateway key/],
  ])('rejects %s with a 401', (header, message) => {
    expect(() => checkClientKey(keys, header)).toThrow(message)
    expect(() => checkClientKey(keys, header)).toThrow(
      expect.objectContaining({ kind: 'authentication', status: 401 }),
    )
  })
})
