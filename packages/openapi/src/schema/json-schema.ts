/** A JSON Schema object as plain JSON: no TypeBox symbols, no `undefined`. */
export type JsonSchema = { [keyword: string]: unknown }

/** The 2020-12 dialect every generated schema declares (OpenAPI 3.1 uses it too). */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
