// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings test the literal ${NAME} syntax
import { describe, expect, it } from 'vitest'
import { createWorkerFetch } from './create-worker-fetch'

const UPSTREAMS = { a: { dialect: 'openai', baseURL: 'http://127.0.0.1:9/v1' } }
const ROUTES = [{ match: '*', upstream: 'a' }]
const config = (value: unknown) => ({ CHATWIRE_CONFIG: JSON.stringify(value) })

async function answer(env: Record<string, unknown>, path = '/healthz') {
  const fetch = createWorkerFetch()
  const response = await fetch(
    new Request(`https://chatwire-gateway.example.workers.dev${path}`),
    env,
  )
  return { status: response.status, text: await response.text() }
}

describe('the Worker built from its bindings', () => {
  it.each([
    ['no CHATWIRE_CONFIG', {}, ['CHATWIRE_CONFIG is not set']],
    ['config text that is not JSON', { CHATWIRE_CONFIG: '{"upstreams": ' }, ['is not valid JSON']],
    [
      'every problem, with its path',
      config({ upstreams: UPSTREAMS, routes: [{ match: '*' }], server: { x: 1 } }),
      ['2 problems', "'routes[0].upstream'", "'server.x': is not a known setting"],
    ],
    [
      'a route to an upstream that does not exist',
      config({ upstreams: UPSTREAMS, routes: [{ match: '*', upstream: 'b' }] }),
      ["'routes[0].upstream': no upstream named 'b' (known: a)"],
    ],
    [
      'a ${NAME} no binding provides',
      config({ upstreams: { a: { ...UPSTREAMS.a, apiKey: '${OPENAI_API_KEY}' } }, routes: ROUTES }),
      ["'upstreams.a.apiKey': environment variable OPENAI_API_KEY is not set"],
    ],
    [
      'durable-object quotas without the QUOTAS binding',
      config({
        upstreams: UPSTREAMS,
        routes: ROUTES,
        auth: { keys: ['sk-a'], store: { type: 'durable-object' } },
      }),
      ['durable-object needs the QUOTAS Durable Object binding'],
    ],
    [
      'quotas in Redis (a TCP client the Worker does not have)',
      config({
        upstreams: UPSTREAMS,
        routes: ROUTES,
        auth: { keys: ['sk-a'], store: { type: 'redis', url: 'redis://127.0.0.1:6379' } },
      }),
      ["'auth.store'"],
    ],
  ])('answers 500 listing the problems for %s', async (_, env, expected) => {
    const { status, text } = await answer(env)
    expect(status).toBe(500)
    const body = JSON.parse(text) as { error: { message: string; code: string } }
    expect(body.error.code).toBe('invalid_config')
    for (const part of expected) expect(body.error.message).toContain(part)
  })

  it('never echoes a secret binding that a config problem quotes (regression)', async () => {
    // A host with a space is no URL: the problem quotes the base URL, secret and all.
    const secret = 'sk live 0123456789abcdef'
    const { status, text } = await answer({
      ...config({
        upstreams: { a: { ...UPSTREAMS.a, baseURL: 'http://${HOST}/v1' } },
        routes: ROUTES,
      }),
      HOST: secret,
    })
    expect(status).toBe(500)
    expect(text).toContain("'upstreams.a.baseURL': 'http://[redacted]/v1' is not a URL")
    expect(text).not.toContain(secret)
  })

  it('serves a Workers host name, not only loopback ones (regression: every request got 403)', async () => {
    const { status, text } = await answer(config({ upstreams: UPSTREAMS, routes: ROUTES }))
    expect({ status, text }).toEqual({ status: 200, text: '{"status":"ok"}' })
  })

  it('still narrows the host names served to server.allowedHosts when set', async () => {
    const env = config({
      upstreams: UPSTREAMS,
      routes: ROUTES,
      server: { allowedHosts: ['chat.example.com'] },
    })
    expect((await answer(env)).status).toBe(403)
  })
})
