import type { TSchema } from '@sinclair/typebox'
import {
  compileAdditionalProperties,
  compilePropertyCount,
  isObjectLike,
} from './compile-object-keywords'
import { type CompileChild, fail, type SchemaNode, type SchemaObject, under } from './schema-error'

/** TypeBox's `Record`: one `patternProperties` entry, the key count and `additionalProperties`. */
export function compileRecordNode(schema: SchemaObject, compileChild: CompileChild): SchemaNode {
  const [pattern, inner] = Object.entries(schema.patternProperties as Record<string, TSchema>)[0]!
  const regex = new RegExp(pattern)
  const node = compileChild(inner)
  const count = compilePropertyCount(schema)
  const additional = compileAdditionalProperties(schema, compileChild)
  return (value, report) => {
    if (!isObjectLike(value) || value instanceof Date || value instanceof Uint8Array) {
      return fail('Object', schema, value, report)
    }
    const counted = count(value, report)
    if (counted) return counted
    const entries = Object.entries(value)
    // `Value.Errors` order: keys matching the pattern, then the others.
    for (const [key, field] of entries) {
      const found = regex.test(key) ? node(field, report) : undefined
      if (found) return under(found, key)
    }
    if (additional === undefined) return undefined
    for (const [key, field] of entries) {
      if (regex.test(key)) continue
      const found = additional
        ? additional(field, report)
        : fail('ObjectAdditionalProperties', schema, field, report)
      if (found) return under(found, key)
    }
    return undefined
  }
}
