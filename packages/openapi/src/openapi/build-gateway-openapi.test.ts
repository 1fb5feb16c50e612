import { describe, expect, it } from 'vitest'
import { canonicalDescriptor, canonicalExamples } from '../test-support/canonical-descriptor'
import { checkDocumentExamples } from '../test-support/check-document-examples'
import { validateOpenApiDocument } from '../test-support/validate-openapi-document'
import { buildGatewayOpenApi } from './build-gateway-openapi'

const document = buildGatewayOpenApi({
  dialects: ['openai', canonicalDescriptor],
  serverUrl: 'http://127.0.0.1:8787',
  examples: { canonical: canonicalExamples },
})

describe('buildGatewayOpenApi', () => {
  it('passes @readme/openapi-parser, and its examples match their schemas', async () => {
    expect(await validateOpenApiDocument(document)).toBe('')
    expect(checkDocumentExamples(document)).toEqual([])
  })

  it('covers each inbound dialect at its gateway path, then the utility routes', () => {
    expect(Object.keys(document.paths)).toEqual([
      '/v1/chat/completions',
      '/canonical/v1/chat',
      '/canonical/v1/text/{deployment}',
      '/healthz',
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
    const open = buildGatewayOpenApi({ dialects: ['openai'], authenticated: false, routes: [] })
    expect(open.components.securitySchemes).toBeUndefined()
    expect(open.paths['/v1/chat/completions']?.post).not.toHaveProperty('security')
    expect(Object.keys(open.paths)).toEqual(['/v1/chat/completions'])
  })

  it('documents only the utility routes asked for', () => {
    const withMetrics = buildGatewayOpenApi({ dialects: [], routes: ['healthz', 'metrics'] })
    expect(Object.keys(withMetrics.paths)).toEqual(['/healthz', '/metrics'])
  })

  it('rejects an unknown dialect and two dialects on one path', () => {
    expect(() => buildGatewayOpenApi({ dialects: ['cobol' as 'openai'] })).toThrow(
      'Unknown dialect "cobol"',
    )
    expect(() =>
      buildGatewayOpenApi({ dialects: [canonicalDescriptor, canonicalDescriptor] }),
    ).toThrow('Two operations for POST /canonical/v1/chat')
  })
})
