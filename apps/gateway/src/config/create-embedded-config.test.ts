import { describe, expect, it } from 'vitest'
import { createEmbeddedConfig } from './create-embedded-config'
import { GatewayConfig } from './gateway-config'
import { validateConfig } from './validate-config'

describe('createEmbeddedConfig', () => {
  const urls = {
    openai: 'http://127.0.0.1:1',
    elastic: 'http://127.0.0.1:2',
    octoai: 'http://127.0.0.1:3',
    friendli: 'http://127.0.0.1:4',
  }

  it('is a valid config: one upstream per dialect, at each vendor base path, no keys', () => {
    const config = validateConfig(createEmbeddedConfig(urls), {})
    expect(config.auth).toBeUndefined()
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8787 })
    expect(
      Object.fromEntries(
        Object.entries(config.upstreams).map(([name, up]) => [name, [up.dialect, up.baseURL]]),
      ),
    ).toEqual({
      openai: ['openai', 'http://127.0.0.1:1/v1'],
      elastic: ['elastic', 'http://127.0.0.1:2'],
      octoai: ['octoai', 'http://127.0.0.1:3/v1'],
      friendli: ['friendli', 'http://127.0.0.1:4/serverless/v1'],
      'friendli-tools': ['friendli', 'http://127.0.0.1:4/serverless/tools/v1'],
    })
    expect(config.routes.at(-1)).toEqual({ match: '*', upstream: 'openai' })
    expect(config.routes).toContainEqual({
      match: 'friendli-tools-llama',
      upstream: 'friendli-tools',
      model: 'meta-llama-3.1-8b-instruct',
    })
  })

  it('publishes its schema as JSON Schema with an $id', () => {
    const published = JSON.parse(JSON.stringify(GatewayConfig))
    expect(published.$id).toBe('GatewayConfig')
    expect(published.required).toEqual(['upstreams', 'routes'])
    expect(published.additionalProperties).toBe(false)
  })
})
