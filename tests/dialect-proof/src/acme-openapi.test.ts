import { defaultDialects } from '@chatwire/dialects'
import { buildJsonSchemas, buildOpenApi, type OpenApiDocument } from '@chatwire/openapi'
import { ACME_GATEWAY_PATH, ACME_VENDOR_PATH, acmeDialect } from '@chatwire-test/dialect-fixture'
import { describe, expect, it } from 'vitest'
import { validateOpenApiDocument } from '../../../packages/openapi/src/test-support/validate-openapi-document'

const dialects = [...defaultDialects, acmeDialect]

type Json = Record<string, unknown>

/** The schema a `$ref` of the document points to (`#/components/schemas/X`). */
function resolve(document: OpenApiDocument, schema: Json): Json {
  const ref = schema.$ref
  if (typeof ref !== 'string') return schema
  const name = ref.replace('#/components/schemas/', '')
  return (document as { components: { schemas: Record<string, Json> } }).components.schemas[
    name
  ] as Json
}

function requestSchemaAt(document: OpenApiDocument, path: string): Json {
  const operation = (document.paths as Record<string, { post?: Json }>)[path]?.post
  expect(operation, `POST ${path} is documented`).toBeDefined()
  const body = operation?.requestBody as { content: Record<string, { schema: Json }> }
  return resolve(document, body.content['application/json']?.schema as Json)
}

// @chatwire/openapi documents a dialect it has never heard of: acme brings its `docs`.
describe('the OpenAPI generator given the acme dialect', () => {
  const documents = buildOpenApi({ dialects, gateway: {} })

  it('writes one vendor document per dialect, acme last', () => {
    expect(Object.keys(documents.dialects)).toEqual(dialects.map((dialect) => dialect.name))
  })

  it("documents Acme's own endpoint, host and X-Acme-Key, as a valid OpenAPI 3.1 document", async () => {
    const acme = documents.dialects.acme as OpenApiDocument
    expect(acme.servers).toEqual([{ url: 'https://api.acme.test', description: 'Acme' }])
    expect(JSON.stringify(acme.components)).toContain('"name":"X-Acme-Key"')
    const request = requestSchemaAt(acme, ACME_VENDOR_PATH)
    expect(request.properties).toHaveProperty('acme_priority')
    expect(await validateOpenApiDocument(acme)).toBe('')
  })

  it("serves acme's gateway path beside the four others, as a valid OpenAPI 3.1 document", async () => {
    const gateway = documents.gateway as OpenApiDocument
    const paths = Object.keys(gateway.paths as Json)
    for (const dialect of defaultDialects)
      for (const endpoint of dialect.endpoints)
        for (const path of endpoint.gatewayPaths) expect(paths).toContain(path)
    const request = requestSchemaAt(gateway, ACME_GATEWAY_PATH)
    const properties = request.properties as Json
    expect(JSON.stringify(properties.acme_priority)).toContain('"high"')
    expect(await validateOpenApiDocument(gateway)).toBe('')
  })

  it('documents no acme path when not given acme', () => {
    const without = buildOpenApi({ dialects: defaultDialects, gateway: {} })
    expect(Object.keys(without.dialects)).not.toContain('acme')
    expect(Object.keys(without.gateway?.paths as Json)).not.toContain(ACME_GATEWAY_PATH)
  })

  it("publishes acme's wire schemas as JSON Schema", () => {
    const schemas = buildJsonSchemas({ dialects })
    expect(schemas.AcmeChatRequest?.properties).toHaveProperty('acme_priority')
    expect(schemas).toHaveProperty('AcmeExtension')
  })
})
