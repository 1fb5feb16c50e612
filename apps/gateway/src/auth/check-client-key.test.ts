import { describe, expect, it } from 'vitest'
import { hashClientKey } from '../config/hash-client-key'
import { checkClientKey, readClientKey } from './check-client-key'
import { createClientKeys } from './create-client-keys'

/** The published SHA-256 test vector checks our hashing; other keys use it as `sha256sum` would. */
const sha256Hex = (key: string) =>
  [...hashClientKey(key)].map((char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('')

describe('hashClientKey', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('SHA-256(%j) = %s (FIPS 180-2 vectors)', (key, hex) => {
    expect(sha256Hex(key)).toBe(hex)
  })
})

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
  const keys = createClientKeys([
    'gw-1',
    'gw-22',
    { name: 'team-a', key: 'gw-team-a', models: ['gpt-4o*'] },
    { name: 'team-b', sha256: sha256Hex('gw-team-b'), limits: { requestsPerMinute: 5 } },
  ])

  it.each([
    ['Bearer gw-1', 'unnamed'],
    ['ApiKey gw-22', 'unnamed'],
    [basic('any', 'gw-1'), 'unnamed'],
    ['Bearer gw-team-a', 'team-a'],
    ['Bearer gw-team-b', 'team-b'],
  ])('accepts %s as the key %s', (header, name) => {
    expect(checkClientKey(keys, header).name).toBe(name)
  })

  it('knows a key given as sha256 by its hash, and keeps no key in clear', () => {
    expect(checkClientKey(keys, 'Bearer gw-team-b').limits).toEqual({ requestsPerMinute: 5 })
    const kept = JSON.stringify([...keys.keys()])
    for (const key of ['gw-1', 'gw-22', 'gw-team-a', 'gw-team-b']) expect(kept).not.toContain(key)
  })

  it.each([
    ['gpt-4o', true],
    ['gpt-4o-mini', true],
    ['llama-3', false],
  ])('team-a (models gpt-4o*) may use %s: %s', (model, allowed) => {
    expect(checkClientKey(keys, 'Bearer gw-team-a').mayUse?.(model)).toBe(allowed)
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
