import { describe, expect, it } from 'vitest'
import { createGatewayApp } from '../app'
import type { GatewayConfig } from '../config/gateway-config'
import { silentLogger } from '../log/logger'

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
})
