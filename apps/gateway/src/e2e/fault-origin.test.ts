import { describe, expect, it } from 'vitest'
import {
  expectErrorAnswer,
  expectHealthy,
  fromRaw,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
  rawRequest,
} from '../test-support/fault-harness'
import { useFaultSuite } from '../test-support/use-fault-suite'

// Row 6 of the fault matrix: browsers. A page on another origin can POST `text/plain` without a
// preflight, and DNS rebinding can point a foreign name at a loopback-bound gateway; both are
// refused before anything reaches an upstream. Chosen origins get CORS with preflight.

const EVIL = 'https://evil.example'
const APP = 'https://app.example'

const suite = useFaultSuite({
  plain: {},
  withCors: {
    server: { cors: { origins: [APP], maxAgeSeconds: 120 }, allowedHosts: ['gateway.internal'] },
  },
})

/** A chat POST of the dialect, body as its SDK sends it, with exactly `headers`. */
function post(url: string, dialect: (typeof INBOUND)[number], headers: Record<string, string>) {
  const client = INBOUND_CLIENTS[dialect]
  const model = modelFor('openai')
  return rawRequest(url, {
    path: client.path(model),
    headers,
    body: JSON.stringify(client.body({ model, prompt: 'Hello', stream: false })),
  })
}

const hostOf = (url: string) => new URL(url).host

describe('cross-origin and rebinding requests are refused', () => {
  it.each(INBOUND)(
    '%s: text/plain POST from Origin evil.example → 403 in the dialect, upstream never called',
    async (dialect) => {
      const raw = await post(suite.plain.url, dialect, {
        'content-type': 'text/plain',
        origin: EVIL,
      })
      expectErrorAnswer(INBOUND_CLIENTS[dialect], fromRaw(raw), 'permission')
      expect(raw.headers['access-control-allow-origin']).toBeUndefined()
      expect(suite.upstream.requests).toHaveLength(0)
      await expectHealthy(suite.plain.url)
    },
  )

  it.each(INBOUND)(
    '%s: Host evil.example on the loopback-bound gateway → 403, upstream never called',
    async (dialect) => {
      const raw = await post(suite.plain.url, dialect, {
        'content-type': 'application/json',
        host: 'evil.example',
      })
      expectErrorAnswer(INBOUND_CLIENTS[dialect], fromRaw(raw), 'permission')
      expect(suite.upstream.requests).toHaveLength(0)
    },
  )

  it('an origin outside server.cors.origins is still refused, and gets no CORS headers', async () => {
    const raw = await post(suite.withCors.url, 'openai', {
      'content-type': 'application/json',
      origin: EVIL,
    })
    expectErrorAnswer(INBOUND_CLIENTS.openai, fromRaw(raw), 'permission')
    expect(raw.headers['access-control-allow-origin']).toBeUndefined()
    const preflight = await rawRequest(suite.withCors.url, {
      method: 'OPTIONS',
      path: '/v1/chat/completions',
      headers: { origin: EVIL, 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    expect(suite.upstream.requests).toHaveLength(0)
  })

  it('a Host outside allowedHosts is refused even when allowedHosts is set', async () => {
    const raw = await post(suite.withCors.url, 'openai', {
      'content-type': 'application/json',
      host: 'evil.example',
    })
    expectErrorAnswer(INBOUND_CLIENTS.openai, fromRaw(raw), 'permission')
    expect(suite.upstream.requests).toHaveLength(0)
  })
})

describe('legitimate callers are served', () => {
  it.each(INBOUND)('%s: same-origin (Origin = http://<Host>) is allowed', async (dialect) => {
    const raw = await post(suite.plain.url, dialect, {
      'content-type': 'application/json',
      origin: `http://${hostOf(suite.plain.url)}`,
    })
    expect(raw.status, raw.text.slice(0, 300)).toBe(200)
    expect(suite.upstream.requests).toHaveLength(1)
  })

  it.each(INBOUND)('%s: no Origin at all (SDKs, curl) is allowed', async (dialect) => {
    const raw = await post(suite.plain.url, dialect, { 'content-type': 'application/json' })
    expect(raw.status, raw.text.slice(0, 300)).toBe(200)
  })

  it('server.allowedHosts admits a named host', async () => {
    const raw = await post(suite.withCors.url, 'openai', {
      'content-type': 'application/json',
      host: `gateway.internal:${new URL(suite.withCors.url).port}`,
    })
    expect(raw.status, raw.text.slice(0, 300)).toBe(200)
  })

  it('CORS preflight from a configured origin → 204 with allow-origin, -methods, -headers, -max-age', async () => {
    const asked = 'authorization, content-type, x-stainless-os'
    const preflight = await rawRequest(suite.withCors.url, {
      method: 'OPTIONS',
      path: '/v1/chat/completions',
      headers: {
        origin: APP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': asked,
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe(APP)
    expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/POST/)
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase()
    for (const header of asked.split(', ')) expect(allowed).toContain(header)
    expect(preflight.headers['access-control-max-age']).toBe('120')
    expect(suite.upstream.requests).toHaveLength(0)
  })

  it.each(INBOUND)(
    '%s: the actual response to a configured origin carries access-control-allow-origin',
    async (dialect) => {
      const raw = await post(suite.withCors.url, dialect, {
        'content-type': 'application/json',
        origin: APP,
      })
      expect(raw.status, raw.text.slice(0, 300)).toBe(200)
      expect(raw.headers['access-control-allow-origin']).toBe(APP)
    },
  )
})
