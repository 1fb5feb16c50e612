import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from './config/gateway-config'
import { createFakeUpstreamGateway } from './test-support/create-fake-upstream-gateway'

const config: GatewayConfig = {
  auth: { keys: ['gw-1'] },
  upstreams: { es: { dialect: 'elastic', baseURL: 'http://es.test:9200', inferenceId: 'chat' } },
  routes: [
    { match: 'gpt-4o-mini', upstream: 'es' },
    { match: 'llama-*', upstream: 'es' },
    { match: 'my-endpoint', upstream: 'es' },
  ],
}
const { app, fetch } = createFakeUpstreamGateway(config)
const auth = { authorization: 'Bearer gw-1' }

describe('createGatewayApp', () => {
  it('answers GET /healthz without a key', async () => {
    const response = await app.request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('lists the literally routed models on GET /v1/models', async () => {
    const response = await app.request('/v1/models', { headers: auth })
    expect(await response.json()).toEqual({
      object: 'list',
      data: [
        { id: 'gpt-4o-mini', object: 'model', created: 0, owned_by: 'es' },
        { id: 'my-endpoint', object: 'model', created: 0, owned_by: 'es' },
      ],
    })
  })

  it('needs the key for GET /v1/models', async () => {
    const response = await app.request('/v1/models')
    expect(response.status).toBe(401)
    expect((await response.json()).error.type).toBe('authentication_error')
  })

  it('answers an unknown path with an OpenAI-style 404', async () => {
    const response = await app.request('/v1/embeddings', { method: 'POST', headers: auth })
    expect(response.status).toBe(404)
    expect((await response.json()).error.message).toBe('Invalid URL (POST /v1/embeddings)')
  })

  it('answers the non-streaming Elastic path as Elasticsearch does', async () => {
    const response = await app.request('/_inference/chat_completion/my-endpoint', {
      method: 'POST',
      headers: auth,
      body: '{"messages":[]}',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect(await response.text()).toContain(
      'only supports streaming, please try again with the _stream API',
    )
  })

  it('answers an Elastic client without a key with the security-layer 401', async () => {
    const response = await app.request('/_inference/chat_completion/my-endpoint/_stream', {
      method: 'POST',
      body: '{"messages":[{"role":"user","content":"x"}]}',
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect((await response.json()).error.type).toBe('security_exception')
    expect(fetch.calls).toHaveLength(0)
  })
})
