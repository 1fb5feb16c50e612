import { Ajv2020 } from 'ajv/dist/2020.js'
import type { JsonSchema } from '../schema/json-schema'
import { mapSubschemas } from '../schema/map-subschemas'

/**
 * A strict Ajv (2020-12) holding `schemas`. The `x-…` annotation keywords some schemas carry
 * (allowed by JSON Schema and OpenAPI) are registered so strict mode still rejects real typos.
 */
export function createAjv(schemas: readonly JsonSchema[]): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  const extensions = new Set<string>()
  for (const schema of schemas) collectExtensionKeywords(schema, extensions)
  if (extensions.size > 0) ajv.addVocabulary([...extensions].sort())
  for (const schema of schemas) ajv.addSchema(schema)
  return ajv
}

function collectExtensionKeywords(schema: unknown, found: Set<string>): void {
  if (typeof schema !== 'object' || schema === null) return
  for (const keyword of Object.keys(schema)) if (keyword.startsWith('x-')) found.add(keyword)
  mapSubschemas(schema as JsonSchema, (sub) => {
    collectExtensionKeywords(sub, found)
    return sub
  })
}
