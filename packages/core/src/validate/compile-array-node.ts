import type { TSchema } from '@sinclair/typebox'
import { type CompileChild, fail, type SchemaNode, type SchemaObject, under } from './schema-error'

/** `array` with `minItems`, `maxItems`, then each item against `items`. */
export function compileArrayNode(schema: SchemaObject, compileChild: CompileChild): SchemaNode {
  const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number }
  const items = compileChild(schema.items as TSchema)
  return (value, report) => {
    if (!Array.isArray(value)) return fail('Array', schema, value, report)
    if (minItems !== undefined && !(value.length >= minItems)) {
      return fail('ArrayMinItems', schema, value, report)
    }
    if (maxItems !== undefined && !(value.length <= maxItems)) {
      return fail('ArrayMaxItems', schema, value, report)
    }
    for (let index = 0; index < value.length; index++) {
      const found = items(value[index], report)
      if (found) return under(found, index)
    }
    return undefined
  }
}
