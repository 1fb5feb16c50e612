import { collectRefs } from './collect-refs'
import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema'

export const DEFS_PREFIX = '#/$defs/'

/**
 * One self-contained 2020-12 document for the definition `id`: `$schema`, `$id`, the body, and
 * in `$defs` exactly the definitions it reaches (without their `$id`s, so that the `#/$defs/…`
 * pointers inside them still resolve against this document).
 */
export function bundleJsonSchema(id: string, definitions: Record<string, JsonSchema>): JsonSchema {
  const root = definitions[id]
  if (!root) throw new Error(`No schema with $id "${id}"`)
  const reached = new Set<string>()
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    for (const ref of collectRefs(pending.pop())) {
      const name = ref.slice(DEFS_PREFIX.length)
      if (!ref.startsWith(DEFS_PREFIX) || reached.has(name)) continue
      reached.add(name)
      pending.push(definitions[name])
    }
  }
  const names = [...reached].sort()
  const bundle: JsonSchema = { $schema: JSON_SCHEMA_DIALECT, $id: id, ...root }
  if (names.length > 0)
    bundle.$defs = Object.fromEntries(names.map((name) => [name, definitions[name]]))
  return bundle
}
