import { isSchemaObject } from './json-schema'
import { mapSubschemas } from './map-subschemas'

/** Every `$ref` value at a schema position in `schema`, in document order. */
export function collectRefs(schema: unknown, found: Set<string> = new Set()): Set<string> {
  if (!isSchemaObject(schema)) return found
  if (typeof schema.$ref === 'string') found.add(schema.$ref)
  mapSubschemas(schema, (sub) => collectRefs(sub, found))
  return found
}
