import { describe, expect, it } from 'vitest'
import { createBrowserPolicy } from './browser-policy'

const loopback = createBrowserPolicy({ bindHost: '127.0.0.1' })
const open = createBrowserPolicy({ bindHost: '0.0.0.0' })
const withCors = createBrowserPolicy({
  bindHost: '127.0.0.1',
  allowedHosts: ['gateway.internal'],
  cors: { origins: ['https://app.example'] },
})

describe('browser policy', () => {
  it.each([
    ['an SDK call (no Origin) on loopback', loopback, 'POST', '127.0.0.1:8787', undefined, 'serve'],
    ['localhost and ::1 names', loopback, 'POST', 'localhost:8787', undefined, 'serve'],
    ['a bracketed IPv6 loopback', loopback, 'POST', '[::1]:8787', undefined, 'serve'],
    [
      'the docs page (same origin)',
      loopback,
      'POST',
      '127.0.0.1:8787',
      'http://127.0.0.1:8787',
      'serve',
    ],
    [
      'CSRF: a foreign page posting text/plain',
      loopback,
      'POST',
      '127.0.0.1:8787',
      'https://evil.example',
      'refuse',
    ],
    [
      'Origin: null (sandboxed frame, file://)',
      loopback,
      'POST',
      '127.0.0.1:8787',
      'null',
      'refuse',
    ],
    [
      'DNS rebinding: a foreign Host on loopback',
      loopback,
      'POST',
      'evil.example:8787',
      'http://evil.example:8787',
      'refuse',
    ],
    [
      'a foreign Host without Origin on loopback',
      loopback,
      'POST',
      'evil.example',
      undefined,
      'refuse',
    ],
    ['no Host at all on loopback', loopback, 'POST', undefined, undefined, 'refuse'],
    [
      'any Host when bound to all interfaces',
      open,
      'POST',
      'gateway.example.com',
      undefined,
      'serve',
    ],
    [
      'a foreign Origin when bound to all interfaces',
      open,
      'POST',
      'gateway.example.com',
      'https://evil.example',
      'refuse',
    ],
    ['a configured allowed host', withCors, 'POST', 'gateway.internal:8787', undefined, 'serve'],
    ['a CORS-listed origin', withCors, 'POST', '127.0.0.1:8787', 'https://app.example', 'serve'],
    [
      'a CORS preflight from a listed origin',
      withCors,
      'OPTIONS',
      '127.0.0.1:8787',
      'https://app.example',
      'preflight',
    ],
    [
      'a preflight from an unlisted origin',
      withCors,
      'OPTIONS',
      '127.0.0.1:8787',
      'https://evil.example',
      'refuse',
    ],
  ])('%s → %s', (_name, policy, method, host, origin, expected) => {
    expect(policy(method, host, origin, undefined).type).toBe(expected)
  })

  it('refuses with a 403 permission error that names the setting, bounding the echoed value', () => {
    const verdict = loopback(
      'POST',
      '127.0.0.1',
      `https://${'x'.repeat(100_000)}.example`,
      undefined,
    )
    expect(verdict.type).toBe('refuse')
    if (verdict.type !== 'refuse') return
    expect(verdict.error.status).toBe(403)
    expect(verdict.error.message).toMatch(/server\.cors\.origins/)
    expect(verdict.error.message.length).toBeLessThan(300)
  })

  it('answers a preflight with the CORS headers and the requested headers', () => {
    const verdict = withCors(
      'OPTIONS',
      '127.0.0.1',
      'https://app.example',
      'authorization, x-stainless-os',
    )
    expect(verdict).toEqual({
      type: 'preflight',
      headers: {
        'access-control-allow-origin': 'https://app.example',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'authorization, x-stainless-os',
        'access-control-expose-headers':
          'x-request-id, chatwire-upstream, chatwire-dropped, retry-after',
        'access-control-max-age': '600',
        vary: 'Origin',
      },
    })
  })
})
