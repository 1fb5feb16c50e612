// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings test the literal ${ENV} syntax
import { describe, expect, it } from 'vitest'
import { parseConfigText } from './parse-config-text'
import { validateConfig } from './validate-config'

/** 64 hex digits: the form a `sha256` entry needs (no key here hashes to it). */
const TEAM_B_SHA256 = '1c8d7a1c6e8e6f3d5c2a54e1a9ee0d8f3f63a8b1b5b1b2a3e7c3e8f4a7d5c6b1'

const withAuth = (auth: unknown) => ({
  upstreams: { a: { dialect: 'openai', baseURL: 'http://127.0.0.1:1/v1' } },
  routes: [{ match: '*', upstream: 'a' }],
  auth,
})

describe('auth in the config', () => {
  it('accepts plain keys, named keys with key or sha256, models, limits, store and policy', () => {
    const text = `
upstreams: { a: { dialect: openai, baseURL: "http://127.0.0.1:1/v1" } }
routes: [{ match: "*", upstream: a }]
auth:
  keys:
    - sk-plain-still-works
    - { name: team-a, key: "\${TEAM_A_KEY}" }
    - name: team-b
      sha256: ${TEAM_B_SHA256}
      models: ["gpt-4o*", "llama-*"]
      limits: { requestsPerMinute: 60, tokensPerMinute: 90000 }
  store: { type: redis, url: "redis://127.0.0.1:6379/0" }
  onStoreError: closed
`
    const config = validateConfig(parseConfigText(text, 'gateway.yaml'), { TEAM_A_KEY: 'gw-a' })
    expect(config.auth?.keys[1]).toEqual({ name: 'team-a', key: 'gw-a' })
    expect(config.auth?.onStoreError).toBe('closed')
  })

  it.each([
    [
      'a duplicate name',
      [
        { name: 'team', key: 'gw-1' },
        { name: 'team', key: 'gw-2' },
      ],
      "'auth.keys[1]': the name 'team' is also auth.keys[0]'s",
    ],
    [
      'both key and sha256',
      [{ name: 'team', key: 'gw-1', sha256: TEAM_B_SHA256 }],
      "'auth.keys[0]': needs exactly one of `key` or `sha256`",
    ],
    ['neither key nor sha256', [{ name: 'team' }], "'auth.keys[0]': needs exactly one of"],
    [
      'sha256 that is not 64 hex digits',
      [{ name: 'team', sha256: 'not-hex' }],
      "'auth.keys[0].sha256': Expected string to match '^[0-9a-fA-F]{64}$'",
    ],
    [
      'the same plain key twice',
      ['gw-1', 'gw-1'],
      "'auth.keys[1]': is the same key as auth.keys[0]",
    ],
    [
      'a key and its own sha256',
      [
        { name: 'a', key: 'abc' },
        { name: 'b', sha256: 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD' },
      ],
      "'auth.keys[1]': is the same key as auth.keys[0]",
    ],
    [
      'a limit of 0',
      [{ name: 'team', key: 'gw-1', limits: { requestsPerMinute: 0 } }],
      "'auth.keys[0].limits.requestsPerMinute': Expected integer to be greater or equal to 1",
    ],
    [
      'a negative token limit',
      [{ name: 'team', key: 'gw-1', limits: { tokensPerMinute: -5 } }],
      "'auth.keys[0].limits.tokensPerMinute': Expected integer to be greater or equal to 1",
    ],
    [
      'an unknown limit',
      [{ name: 'team', key: 'gw-1', limits: { requestsPerDay: 5 } }],
      "'auth.keys[0].limits.requestsPerDay': is not a known setting",
    ],
    [
      'a name that cannot be a metric label',
      [{ name: 'team "a"', key: 'gw-1' }],
      "'auth.keys[0].name': Expected string to match",
    ],
    ['a line break in a key', ['gw\n1'], "'auth.keys[0]': contains a line break or NUL"],
  ])('refuses %s', (_name, keys, message) => {
    expect(() => validateConfig(withAuth({ keys }), {})).toThrow(message)
  })

  it.each([
    [{ type: 'memcached' }, "'auth.store'"],
    [{ type: 'redis', url: 'http://127.0.0.1:6379' }, "'auth.store'"],
  ])('refuses the store %j', (store, message) => {
    expect(() => validateConfig(withAuth({ keys: ['gw-1'], store }), {})).toThrow(message)
  })

  it('refuses an outage policy other than open or closed', () => {
    expect(() => validateConfig(withAuth({ keys: ['gw-1'], onStoreError: 'ignore' }), {})).toThrow(
      "'auth.onStoreError': must be one of 'open', 'closed', got 'ignore'",
    )
  })
})
