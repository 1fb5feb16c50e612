import * as core from '@chatwire/core'
import type { DialectName } from '../dialect/dialect-descriptor'
import { DIALECT_DESCRIPTORS } from '../dialect/dialect-descriptors'
import { type DialectInput, resolveDialects } from '../dialect/resolve-dialects'
import { createStreamEventSchema } from '../openapi/create-stream-event-schema'
import { bundleJsonSchema, DEFS_PREFIX } from './bundle-json-schema'
import { createSchemaRegistry } from './create-schema-registry'
import { isSchemaObject, type JsonSchema } from './json-schema'

export interface BuildJsonSchemasOptions {
  /** Dialects whose wire schemas are published (default: every dialect chatwire ships). */
  dialects?: readonly DialectInput[]
  /** More schemas to publish, e.g. the gateway's `GatewayConfig`. */
  schemas?: readonly unknown[]
}

/**
 * Every named schema of core and of each dialect (and every named schema inside them) as a
 * self-contained JSON Schema 2020-12 document, keyed and sorted by `$id`.
 */
export function buildJsonSchemas(
  options: BuildJsonSchemasOptions = {},
): Record<string, JsonSchema> {
  const dialects = resolveDialects(
    options.dialects ?? (Object.keys(DIALECT_DESCRIPTORS) as DialectName[]),
  )
  const registry = createSchemaRegistry((id) => `${DEFS_PREFIX}${id}`)
  const candidates = [
    ...Object.values(core),
    ...dialects.flatMap((dialect) => [
      ...Object.values(dialect.exports),
      createStreamEventSchema(dialect),
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
