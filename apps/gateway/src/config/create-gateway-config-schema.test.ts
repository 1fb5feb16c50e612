import { createDialectRegistry, type Dialect } from '@chatwire/core'
import { createDefaultRegistry, defaultDialects } from '@chatwire/dialects'
import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { createGatewayConfigSchema } from './create-gateway-config-schema'
import { validateConfig } from './validate-config'

const upstreamOf = (schema: ReturnType<typeof createGatewayConfigSchema>) =>
  Object.values(schema.properties.upstreams.patternProperties)[0] as { properties: object }

const acme: Dialect = {
  ...(defaultDialects[0] as Dialect),
  name: 'acme',
  title: 'Acme',
  endpoints: [],
  upstream: {
    ...(defaultDialects[0] as Dialect).upstream,
    options: { region: Type.Optional(Type.String({ description: 'Acme only.' })) },
    routeOptions: { acmeChunks: Type.Optional(Type.Boolean()) },
  },
}

describe('createGatewayConfigSchema', () => {
  it('keeps the upstream and route keys of the config files that work today, in their order', () => {
    const schema = createGatewayConfigSchema(createDefaultRegistry())
    expect(Object.keys(upstreamOf(schema).properties)).toEqual([
      'dialect',
      'baseURL',
      'apiKey',
      'inferenceId',
      'team',
      'product',
      'compatibleFields',
      'timeoutMs',
      'timeouts',
      'limits',
      'retries',
      'headers',
      'losses',
    ])
    expect(Object.keys(schema.properties.routes.items.properties)).toEqual([
      'match',
      'upstream',
      'model',
      'fallbacks',
      'losses',
      'commentsAreProgress',
      'elasticChunks',
    ])
  })

  it("takes a registered dialect's name, upstream options and route options", () => {
    const dialects = [...defaultDialects, acme]
    const config = {
      upstreams: { a: { dialect: 'acme', baseURL: 'http://a/v1', region: 'eu' } },
      routes: [{ match: '*', upstream: 'a', acmeChunks: true }],
    }
    expect(validateConfig(config, {}, dialects)).toEqual(config)
    expect(() => validateConfig(config, {})).toThrow(/'upstreams\.a\.dialect': must be one of/)
    expect(createDialectRegistry(dialects).names).toContain('acme')
  })

  it.each([
    [
      'inferenceId',
      'openai',
      'x',
      /'upstreams\.u\.inferenceId': applies to elastic upstreams only \(this one is openai\)/,
    ],
    ['team', 'octoai', 't', /'upstreams\.u\.team': applies to friendli upstreams only/],
    [
      'compatibleFields',
      'friendli',
      'forward',
      /applies to openai upstreams only \(this one is friendli\)/,
    ],
  ])('refuses %s on a %s upstream, naming its dialect', (option, dialect, value, message) => {
    const config = {
      upstreams: { u: { dialect, baseURL: 'http://u/v1', [option]: value } },
      routes: [{ match: '*', upstream: 'u' }],
    }
    expect(() => validateConfig(config, {})).toThrow(message)
  })

  it('refuses a line break in a dialect option that becomes a header', () => {
    const config = {
      upstreams: { u: { dialect: 'friendli', baseURL: 'http://u/v1', team: 'a\r\nx-evil: 1' } },
      routes: [{ match: '*', upstream: 'u' }],
    }
    expect(() => validateConfig(config, {})).toThrow(/'upstreams\.u\.team': contains a line break/)
  })
})
