import { isSchemaObject, type JsonSchema } from '../schema/json-schema'

/** Resolves a `$ref` (a schema `$id`) to its schema; `undefined` when it is unknown. */
export type ResolveRef = (ref: string) => unknown

/**
 * The path of every field (object property, at any depth: through array items, unions,
 * intersections, records and `$ref`s) whose schema carries no `description`, e.g.
 * `messages[].content`. A nullable or union field counts as described when every one of its
 * non-null alternatives is (the `nullable(Type.X({ description }))` idiom of the codecs).
 */
export function findUndescribedFields(schema: unknown, resolveRef: ResolveRef): string[] {
  const missing: string[] = []
  const visiting = new Set<unknown>()

  const resolve = (node: unknown): JsonSchema | undefined => {
    if (!isSchemaObject(node)) return undefined
    if (typeof node.$ref !== 'string') return node
    const target = resolveRef(node.$ref)
    if (!isSchemaObject(target)) throw new Error(`Unresolved $ref ${node.$ref}`)
    return { ...target, ...withoutRef(node) }
  }

  const isDescribed = (node: unknown): boolean => {
    const sub = resolve(node)
    if (!sub) return true
    if (typeof sub.description === 'string' && sub.description.trim() !== '') return true
    const members = [...asArray(sub.anyOf), ...asArray(sub.oneOf)].filter((member) => {
      const resolved = resolve(member)
      return resolved !== undefined && resolved.type !== 'null'
    })
    return members.length > 0 && members.every(isDescribed)
  }

  const walk = (node: unknown, path: string): void => {
    const sub = resolve(node)
    if (!sub) return
    // A recursive schema reaches itself again through a `$ref` to its `$id`.
    const key = typeof sub.$id === 'string' ? sub.$id : sub
    if (visiting.has(key)) return
    visiting.add(key)
    if (isSchemaObject(sub.properties)) {
      for (const [name, property] of Object.entries(sub.properties)) {
        const fieldPath = path === '' ? name : `${path}.${name}`
        if (!isDescribed(property)) missing.push(fieldPath)
        walk(property, fieldPath)
      }
    }
    for (const member of [...asArray(sub.anyOf), ...asArray(sub.oneOf), ...asArray(sub.allOf)]) {
      walk(member, path)
    }
    for (const item of Array.isArray(sub.items) ? sub.items : [sub.items]) walk(item, `${path}[]`)
    for (const item of asArray(sub.prefixItems)) walk(item, `${path}[]`)
    if (isSchemaObject(sub.patternProperties)) {
      for (const value of Object.values(sub.patternProperties)) walk(value, `${path}.*`)
    }
    walk(sub.additionalProperties, `${path}.*`)
    visiting.delete(key)
  }

  walk(schema, '')
  return [...new Set(missing)]
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function withoutRef(node: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = node
  return rest
}
