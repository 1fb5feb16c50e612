import { createDefaultRegistry, defaultDialects } from '@chatwire/dialects'
import { describe, expect, it } from 'vitest'
import { loadDialectExamples } from '../node/load-dialect-examples'
import { locateFixtures } from '../node/locate-fixtures'
import { canonicalDialect, canonicalExamples } from '../test-support/canonical-dialect'
import { checkDocumentExamples } from '../test-support/check-document-examples'
import { validateOpenApiDocument } from '../test-support/validate-openapi-document'
import { buildGatewayOpenApi } from './build-gateway-openapi'

interface Operation {
  parameters?: { name: string; example?: string }[]
  requestBody: { content: Record<string, { examples?: Record<string, { value: unknown }> }> }
}

// The parser takes seconds over a document of every dialect on a loaded machine.
const PARSER_TIMEOUT_MS = 30_000

const registry = createDefaultRegistry()
const openai = registry.get('openai')

const document = buildGatewayOpenApi({
  dialects: [openai, canonicalDialect],
  serverUrl: 'http://127.0.0.1:8787',
  examples: { canonical: canonicalExamples },
})

describe('buildGatewayOpenApi', () => {
  it(
    'passes @readme/openapi-parser, and its examples match their schemas',
    async () => {
      expect(await validateOpenApiDocument(document)).toBe('')
      expect(checkDocumentExamples(document)).toEqual([])
    },
    PARSER_TIMEOUT_MS,
  )

  it('covers each inbound dialect at its gateway path, then the utility routes', () => {
    expect(Object.keys(document.paths)).toEqual([
      '/v1/chat/completions',
      '/canonical/v1/chat',
      '/canonical/v1/text/{deployment}',
      '/healthz',
      '/readyz',
      '/metrics',
      '/v1/models',
      '/openapi.json',
      '/docs',
    ])
    expect(document.servers).toEqual([{ url: 'http://127.0.0.1:8787' }])
    expect(document.tags.map(({ name }) => name)).toEqual(['OpenAI', 'Canonical', 'Gateway'])
  })

  it('asks for a gateway key in any of the accepted forms, or none for an open gateway', () => {
    expect(Object.keys(document.components.securitySchemes ?? {})).toEqual([
      'gatewayApiKey',
      'gatewayBasic',
      'gatewayBearer',
    ])
    const anyKey = [{ gatewayBearer: [] }, { gatewayApiKey: [] }, { gatewayBasic: [] }]
    expect(document.paths['/canonical/v1/chat']?.post).toMatchObject({ security: anyKey })
    expect(document.paths['/v1/models']?.get).toMatchObject({ security: anyKey })
    expect(document.paths['/healthz']?.get).not.toHaveProperty('security')
    expect(document.paths['/readyz']?.get).not.toHaveProperty('security')
    const open = buildGatewayOpenApi({ dialects: [openai], authenticated: false, routes: [] })
    expect(open.components.securitySchemes).toBeUndefined()
    expect(open.paths['/v1/chat/completions']?.post).not.toHaveProperty('security')
    expect(Object.keys(open.paths)).toEqual(['/v1/chat/completions'])
  })

  it(
    'gives every chat operation request examples naming a route key, valid by its schema',
    async () => {
      const routed = buildGatewayOpenApi({
        dialects: ['openai', 'elastic', 'octoai', 'friendli'].map((name) => registry.get(name)),
        exampleRouteKeys: {
          openai: 'my-gpt',
          elastic: 'my-endpoint',
          'friendli.toolAssistedChatCompletion': 'my-tools',
        },
      })
      expect(await validateOpenApiDocument(routed)).toBe('')
      expect(checkDocumentExamples(routed)).toEqual([])
      const operations = Object.entries(routed.paths).flatMap(([path, item]) =>
        item.post ? [[path, item.post as Operation] as const] : [],
      )
      expect(operations.length).toBe(7)
      const named = operations.map(([path, operation]) => {
        const examples = Object.values(
          operation.requestBody.content['application/json']?.examples ?? {},
        )
        const models = examples.map(({ value }) => (value as { model?: string }).model)
        const inferenceId = operation.parameters?.find(({ name }) => name === 'inference_id')
        return [path, [...new Set(models)], inferenceId?.example] as const
      })
      expect(named).toEqual([
        ['/v1/chat/completions', ['my-gpt'], undefined],
        ['/_inference/chat_completion/{inference_id}/_stream', [undefined], 'my-endpoint'],
        ['/_inference/{inference_id}/_stream', [undefined], 'my-endpoint'],
        // Without a key from the gateway: the dialect's own example name.
        ['/octoai/v1/chat/completions', ['meta-llama-3.1-8b-instruct'], undefined],
        ['/friendli/serverless/v1/chat/completions', ['meta-llama-3.1-8b-instruct'], undefined],
        ['/friendli/dedicated/v1/chat/completions', ['meta-llama-3.1-8b-instruct'], undefined],
        // A key for one operation.
        ['/friendli/serverless/tools/v1/chat/completions', ['my-tools'], undefined],
      ])
    },
    PARSER_TIMEOUT_MS,
  )

  it('puts the request examples ahead of the fixtures', () => {
    const fixtures = loadDialectExamples(locateFixtures('openai'))
    const withFixtures = buildGatewayOpenApi({
      dialects: [openai],
      examples: { openai: fixtures },
    })
    const operation = withFixtures.paths['/v1/chat/completions']?.post as Operation
    const names = Object.keys(operation.requestBody.content['application/json']?.examples ?? {})
    expect(names).toEqual(['text', 'stream', 'tools', ...fixtures.requests.map(({ name }) => name)])
    expect(fixtures.requests.length).toBeGreaterThan(0)
  })

  it('documents only the utility routes asked for', () => {
    const withMetrics = buildGatewayOpenApi({ dialects: [], routes: ['healthz', 'metrics'] })
    expect(Object.keys(withMetrics.paths)).toEqual(['/healthz', '/metrics'])
  })

  it('rejects two dialects on one path', () => {
    expect(() => buildGatewayOpenApi({ dialects: [canonicalDialect, canonicalDialect] })).toThrow(
      'Two operations for POST /canonical/v1/chat',
    )
  })
  it('documents the default dialects when given none, and leaves out a dialect without docs', () => {
    const documented = buildGatewayOpenApi({ routes: [] })
    expect(documented.tags.map(({ name }) => name)).toEqual([
      ...defaultDialects.flatMap(({ docs }) => (docs ? [docs.tag] : [])),
      'Gateway',
    ])
    const withUndocumented = buildGatewayOpenApi({
      dialects: [{ name: 'undocumented' }, canonicalDialect],
      routes: [],
    })
    expect(withUndocumented.tags.map(({ name }) => name)).toEqual(['Canonical', 'Gateway'])
  })

  it('names in each key form the dialects whose clients send their key that way first', () => {
    const schemes = buildGatewayOpenApi({
      dialects: ['openai', 'elastic', 'octoai', 'friendli'].map((name) => registry.get(name)),
    }).components.securitySchemes
    expect(schemes).toMatchObject({
      gatewayBearer: {
        description: expect.stringMatching(/Bearer <key>` \(OpenAI, OctoAI, Friendli clients\)\.$/),
      },
      gatewayApiKey: { description: expect.stringMatching(/ApiKey <key>` \(Elastic clients\)\.$/) },
      gatewayBasic: { description: 'A gateway key as the Basic password (any user name).' },
    })
    const alone = buildGatewayOpenApi({ dialects: [canonicalDialect] }).components.securitySchemes
    expect(alone).toMatchObject({
      gatewayApiKey: { description: 'A gateway key: `Authorization: ApiKey <key>`.' },
    })
  })
})
