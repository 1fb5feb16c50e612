import { isSchemaObject, type JsonSchema } from './json-schema'
import { mapSubschemas } from './map-subschemas'
import { upgradeTupleKeywords } from './upgrade-tuple-keywords'

export interface SchemaRegistry {
  /**
   * The schema to write at a schema position: `{ $ref }` when it has an `$id`, otherwise an
   * inline copy. Either way every nested schema with an `$id` becomes a definition.
   */
  use(schema: unknown): unknown
  /** Every definition so far, keyed and sorted by `$id`, each without its own `$id`. */
  definitions(): Record<string, JsonSchema>
}

// A bare `$ref` to a TypeBox id (`Type.Ref('ChatMessage')`), as opposed to a pointer or a URI.
const BARE_ID = /^[A-Za-z0-9_.-]+$/

/**
 * The components hoister: lifts every sub-schema that has an `$id` into one flat set of
 * definitions and refers to it as `toRef(id)`. Two different schemas under one `$id` throw.
 */
export function createSchemaRegistry(toRef: (id: string) => string): SchemaRegistry {
  const bodies = new Map<string, JsonSchema>()
  const serialized = new Map<string, string>()
  const referenced = new Set<string>()
  const seen = new WeakMap<object, string>()

  function use(schema: unknown): unknown {
    if (!isSchemaObject(schema)) return schema
    const id = schema.$id
    if (typeof id !== 'string') return lift(schema)
    if (seen.get(schema) !== id) define(id, schema)
    return { $ref: toRef(id) }
  }

  function lift(schema: JsonSchema): JsonSchema {
    const copy = upgradeTupleKeywords(mapSubschemas(schema, use))
    if (typeof copy.$ref === 'string' && BARE_ID.test(copy.$ref)) {
      referenced.add(copy.$ref)
      copy.$ref = toRef(copy.$ref)
    }
    return copy
  }

  function define(id: string, schema: JsonSchema): void {
    if (!BARE_ID.test(id)) throw new Error(`$id "${id}" is not a valid component name`)
    seen.set(schema, id) // before lifting: a schema that contains itself meets itself as a $ref
    const { $id: _id, ...rest } = schema
    const body = lift(rest)
    const text = JSON.stringify(body)
    const previous = serialized.get(id)
    if (previous !== undefined && previous !== text) {
      throw new Error(`Two different schemas share the $id "${id}"`)
    }
    serialized.set(id, text)
    bodies.set(id, body)
  }

  function definitions(): Record<string, JsonSchema> {
    for (const id of referenced) {
      if (!bodies.has(id)) throw new Error(`$ref "${id}" names no schema with that $id`)
    }
    const ids = [...bodies.keys()].sort()
    return Object.fromEntries(ids.map((id) => [id, bodies.get(id)!]))
  }

  return { use, definitions }
}
