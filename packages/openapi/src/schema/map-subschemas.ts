import { isSchemaObject, type JsonSchema } from './json-schema'

// Keywords whose values are schemas (JSON Schema 2020-12 applicators). Every other keyword
// (`const`, `enum`, `default`, `examples`…) holds data: it is copied, never walked, so a `$id`
// inside an example is never mistaken for a named schema.
const SCHEMA_VALUED = new Set([
  'additionalItems',
  'additionalProperties',
  'contains',
  'contentSchema',
  'else',
  'if',
  'items',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
])
const SCHEMA_ARRAY_VALUED = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems'])
const SCHEMA_MAP_VALUED = new Set([
  '$defs',
  'definitions',
  'dependentSchemas',
  'patternProperties',
  'properties',
])

type MapSchema = (schema: unknown) => unknown

/**
 * A plain-JSON copy of `schema` with every direct sub-schema replaced by `map(sub)`. Symbol keys
 * (TypeBox's `Kind`, `Optional`) and `undefined` values are dropped.
 */
export function mapSubschemas(schema: JsonSchema, map: MapSchema): JsonSchema {
  const copy: JsonSchema = {}
  for (const [keyword, value] of Object.entries(schema)) {
    if (value === undefined) continue
    copy[keyword] = mapKeyword(keyword, value, map)
  }
  return copy
}

function mapKeyword(keyword: string, value: unknown, map: MapSchema): unknown {
  if (SCHEMA_VALUED.has(keyword)) {
    // Draft-07 tuple form (`items: [...]`), which TypeBox 0.34 still emits.
    return Array.isArray(value) ? value.map(map) : map(value)
  }
  if (SCHEMA_ARRAY_VALUED.has(keyword) && Array.isArray(value)) return value.map(map)
  if (SCHEMA_MAP_VALUED.has(keyword) && isSchemaObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, map(sub)]))
  }
  return copyJson(value)
}

function copyJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}
