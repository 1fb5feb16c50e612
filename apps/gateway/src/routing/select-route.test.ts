import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { createRouteSelector } from './select-route'

const config: GatewayConfig = {
  upstreams: {
    openai: { dialect: 'openai', baseURL: 'http://127.0.0.1:1/v1' },
    friendli: { dialect: 'friendli', baseURL: 'http://127.0.0.1:2/serverless/v1' },
  },
  routes: [
    { match: 'gpt-*', upstream: 'openai', model: 'gpt-4o-mini' },
    { match: 'gpt-4o', upstream: 'friendli' },
    { match: 'llama-*', upstream: 'friendli' },
  ],
}

describe('createRouteSelector', () => {
  const select = createRouteSelector(config)
  it.each([
    ['gpt-4o', 'openai'],
    ['gpt-3.5-turbo', 'openai'],
    ['llama-3', 'friendli'],
  ])('routes %s to %s (first match wins)', (model, upstream) => {
    expect(select(model)?.upstream).toBe(upstream)
  })

  it('returns undefined when nothing matches', () => {
    expect(select('claude-3')).toBeUndefined()
  })
})
