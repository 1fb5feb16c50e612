import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { createRedactor } from './create-redactor'

const config: GatewayConfig = {
  auth: {
    keys: ['gw-client-key-1'],
    store: { type: 'redis', url: 'redis://quota:r3dis-s%23cret@127.0.0.1:6379/0' },
  },
  upstreams: {
    a: {
      dialect: 'openai',
      baseURL: 'http://127.0.0.1/v1',
      apiKey: 'sk-upstream-secret',
      headers: { 'x-api-token': 'Bearer tok-abcdef123', 'x-version': '2' },
    },
    b: { dialect: 'elastic', baseURL: 'http://elastic:p%40ssw0rd!@127.0.0.1:9200' },
  },
  routes: [{ match: '*', upstream: 'a' }],
}

describe('createRedactor', () => {
  const redact = createRedactor(config)
  it.each([
    [
      'an upstream key echoed by the upstream',
      'Incorrect API key provided: sk-upstream-secret.',
      'Incorrect API key provided: [redacted].',
    ],
    [
      'a configured header value and its bare token',
      'got Bearer tok-abcdef123 and tok-abcdef123',
      'got [redacted] and [redacted]',
    ],
    ['a URL password, decoded and encoded', 'p@ssw0rd! / p%40ssw0rd!', '[redacted] / [redacted]'],
    ['the Basic form of URL credentials', `Basic ${btoa('elastic:p@ssw0rd!')}`, 'Basic [redacted]'],
    ['a gateway key', 'key gw-client-key-1 refused', 'key [redacted] refused'],
    [
      'the quota store Redis password (regression: it was not redacted)',
      'connect failed: r3dis-s#cret / r3dis-s%23cret',
      'connect failed: [redacted] / [redacted]',
    ],
    ['short header values are left alone', 'version 2 of 2', 'version 2 of 2'],
  ])('%s', (_name, text, expected) => {
    expect(redact(text)).toBe(expected)
  })
})
