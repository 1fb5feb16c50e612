import type { SecurityDescriptor } from '@chatwire/core'
import type { SchemaRegistry } from '../schema/create-schema-registry'
import type { OpenApiDocument } from './openapi-document'

export interface DocumentParts {
  info: OpenApiDocument['info']
  servers: OpenApiDocument['servers']
  tags: OpenApiDocument['tags']
  /** `[path, method, operation]`, in the order they should appear. */
  operations: ReadonlyArray<readonly [string, string, Record<string, unknown>]>
  /** The security schemes the operations name. */
  security: readonly SecurityDescriptor[]
  registry: SchemaRegistry
}

/**
 * The final document: paths in the given order, components sorted by name. No
 * `jsonSchemaDialect`: the OpenAPI 3.1 default (the OAS dialect, a superset of 2020-12) covers
 * our schemas, and Swagger UI refuses any other value.
 */
export function assembleDocument(parts: DocumentParts): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {}
  for (const [path, method, operation] of parts.operations) {
    const item = paths[path] ?? {}
    paths[path] = item
    if (method in item) throw new Error(`Two operations for ${method.toUpperCase()} ${path}`)
    item[method] = operation
  }
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: parts.info,
    servers: parts.servers,
    tags: parts.tags,
    paths,
    components: { schemas: parts.registry.definitions() },
  }
  const schemes = collectSecuritySchemes(parts.security)
  if (Object.keys(schemes).length > 0) document.components.securitySchemes = schemes
  return document
}

function collectSecuritySchemes(security: readonly SecurityDescriptor[]): Record<string, unknown> {
  const schemes = new Map<string, unknown>()
  for (const { name, scheme } of security) {
    const known = schemes.get(name)
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(scheme)) {
      throw new Error(`Two different security schemes are named "${name}"`)
    }
    schemes.set(name, scheme)
  }
  const names = [...schemes.keys()].sort()
  return Object.fromEntries(names.map((name) => [name, schemes.get(name)]))
}
