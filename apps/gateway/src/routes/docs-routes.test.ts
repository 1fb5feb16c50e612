import { describe, expect, it } from 'vitest'
import { createGatewayApp } from '../app'
import { createEmbeddedConfig } from '../config/create-embedded-config'
import type { GatewayConfig } from '../config/gateway-config'
import { silentLogger } from '../log/logger'
import { pickExampleRouteKeys } from './docs-routes'

const EMULATOR = 'http://127.0.0.1:9'
const EMBEDDED = createEmbeddedConfig({
  openai: EMULATOR,
  elastic: EMULATOR,
  octoai: EMULATOR,
  friendli: EMULATOR,
})

const config: GatewayConfig = {
  upstreams: { main: { dialect: 'openai', baseURL: 'http://127.0.0.1:9/v1' } },
  routes: [{ match: '*', upstream: 'main' }],
}

describe('docs routes', () => {
  it('serves the OpenAPI 3.1 document of every inbound path', async () => {
    const response = await createGatewayApp(config, { logger: silentLogger }).request(
      '/openapi.json',
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    const document = await response.json()
    expect(document.openapi).toMatch(/^3\.1\./)
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/chat/completions',
        '/octoai/v1/chat/completions',
        '/friendli/serverless/v1/chat/completions',
        '/_inference/chat_completion/{inference_id}/_stream',
        '/healthz',
        '/metrics',
      ]),
    )
    expect(document.security ?? []).toEqual([])
  })

  it('documents the gateway key when the config requires one', async () => {
    const app = createGatewayApp({ ...config, auth: { keys: ['k'] } }, { logger: silentLogger })
    const document = await (await app.request('/openapi.json')).json()
    expect(JSON.stringify(document)).toMatch(/securitySchemes/)
  })

  it('serves the API reference page and its assets', async () => {
    const app = createGatewayApp(config, { logger: silentLogger })
    const page = await app.request('/docs')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    const html = await page.text()
    const assets = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((match) => match[1]!)
    expect(assets.length).toBeGreaterThanOrEqual(3)
    const bodies = await Promise.all(
      assets.map(async (asset) => {
        const response = await app.request(asset)
        expect(response.status, asset).toBe(200)
        return response.text()
      }),
    )
    // The page starts Swagger UI on the gateway's own document.
    expect(bodies.some((body) => body.includes('/openapi.json'))).toBe(true)
    expect((await app.request('/docs/no-such-file.js')).status).toBe(404)
  })

  it.each([
    [
      'the embedded default: a route to each dialect',
      EMBEDDED,
      {
        openai: 'gpt-4o-mini',
        elastic: 'elastic-chat',
        octoai: 'octoai-llama',
        friendli: 'friendli-llama',
        'friendli.toolAssistedChatCompletion': 'friendli-tools-llama',
      },
    ],
    [
      'only a catch-all: each dialect keeps its own example name',
      config,
      { openai: undefined, elastic: undefined, octoai: undefined, friendli: undefined },
    ],
    [
      'globs: a name each matches; a dialect without a route takes the first',
      {
        ...config,
        upstreams: { ...config.upstreams, es: { dialect: 'elastic', baseURL: 'http://x' } },
        routes: [
          { match: 'gpt-?o*', upstream: 'main' },
          { match: 'es-*', upstream: 'es' },
        ],
      } satisfies GatewayConfig,
      {
        openai: 'gpt-xoexample',
        elastic: 'es-example',
        octoai: 'gpt-xoexample',
        friendli: 'gpt-xoexample',
      },
    ],
  ])('names routed models in the request examples: %s', (_title, routed, expected) => {
    expect(pickExampleRouteKeys(routed)).toEqual(expected)
  })

  it('names a route to an upstream of the right Friendli product for its operations', () => {
    const products = pickExampleRouteKeys({
      upstreams: {
        main: { dialect: 'openai', baseURL: 'http://127.0.0.1:9/v1' },
        team: { dialect: 'friendli', baseURL: 'http://127.0.0.1:9/v1', product: 'dedicated' },
        tools: { dialect: 'friendli', baseURL: 'http://127.0.0.1:9/serverless/tools/v1' },
      },
      routes: [
        { match: 'gpt-*', upstream: 'main' },
        { match: 'my-endpoint', upstream: 'team' },
        { match: 'with-tools', upstream: 'tools' },
      ],
    })
    expect(products).toMatchObject({
      friendli: 'my-endpoint',
      'friendli.dedicatedChatCompletion': 'my-endpoint',
      'friendli.toolAssistedChatCompletion': 'with-tools',
    })
  })

  it('serves request examples that name a routed model', async () => {
    const app = createGatewayApp(EMBEDDED, { logger: silentLogger })
    const document = await (await app.request('/openapi.json')).json()
    const examples =
      document.paths['/octoai/v1/chat/completions'].post.requestBody.content['application/json']
        .examples
    expect(examples.text.value.model).toBe('octoai-llama')
  })
})
