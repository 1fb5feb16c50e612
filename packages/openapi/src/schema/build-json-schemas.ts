import * as core from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import {
  type DocumentableDialect,
  listDocumentedDialects,
} from '../dialect/list-documented-dialects'
import { createStreamEventSchema } from '../openapi/create-stream-event-schema'
import { bundleJsonSchema, DEFS_PREFIX } from './bundle-json-schema'
import { createSchemaRegistry } from './create-schema-registry'
import { isSchemaObject, type JsonSchema } from './json-schema'

export interface BuildJsonSchemasOptions {
  /**
   * Dialects whose wire schemas are published: every export of their docs (default:
   * `defaultDialects` of `@chatwire/dialects`); a dialect without `docs` publishes none.
   */
  dialects?: readonly DocumentableDialect[] | undefined
  /** More schemas to publish, e.g. the gateway's `GatewayConfig`. */
  schemas?: readonly unknown[] | undefined
}

/**
 * Every named schema of core and of each dialect (and every named schema inside them) as a
 * self-contained JSON Schema 2020-12 document, keyed and sorted by `$id`.
 */
export function buildJsonSchemas(
  options: BuildJsonSchemasOptions = {},
): Record<string, JsonSchema> {
  const dialects = listDocumentedDialects(options.dialects ?? defaultDialects)
  const registry = createSchemaRegistry((id) => `${DEFS_PREFIX}${id}`)
  const candidates = [
    ...Object.values(core),
    ...dialects.flatMap(({ docs }) => [
      ...Object.values(docs.exports),
      createStreamEventSchema(docs),
    ]),
    ...(options.schemas ?? []),
  ]
  for (const value of candidates) {
    if (isSchemaObject(value) && typeof value.$id === 'string') registry.use(value)
  }
  const definitions = registry.definitions()
  return Object.fromEntries(
    Object.keys(definitions).map((id) => [id, bundleJsonSchema(id, definitions)]),
  )
}
