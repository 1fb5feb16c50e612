// The keywords objects and records share: what counts as an object, how many keys it may have,
// and what happens to a key the schema does not name.
import type { TSchema } from '@sinclair/typebox'
import { type CompileChild, fail, type SchemaNode, type SchemaObject } from './schema-error'

export const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `minProperties`/`maxProperties`. */
export function compilePropertyCount(schema: SchemaObject) {
  const { minProperties: min, maxProperties: max } = schema as Record<string, number | undefined>
  if (min === undefined && max === undefined) return () => undefined
  return (value: object, report: boolean) => {
    const count = Object.getOwnPropertyNames(value).length
    if (min !== undefined && !(count >= min))
      return fail('ObjectMinProperties', schema, value, report)
    if (max !== undefined && !(count <= max))
      return fail('ObjectMaxProperties', schema, value, report)
    return undefined
  }
}

/** What to do with a key the schema does not name: nothing, refuse it, or check its value. */
export function compileAdditionalProperties(
  schema: SchemaObject,
  compileChild: CompileChild,
): SchemaNode | false | undefined {
  const additional = schema.additionalProperties
  return additional === false
    ? false
    : typeof additional === 'object'
      ? compileChild(additional as TSchema)
      : undefined
}
