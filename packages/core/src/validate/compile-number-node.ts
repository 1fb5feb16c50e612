import {
  fail,
  keywordOf,
  type SchemaErrorType,
  type SchemaNode,
  type SchemaObject,
} from './schema-error'

/** Bounds in TypeBox's order, as `[keyword, holds]` pairs for `number` and `integer`. */
const BOUNDS: [string, (value: number, bound: number) => boolean][] = [
  ['ExclusiveMaximum', (value, bound) => value < bound],
  ['ExclusiveMinimum', (value, bound) => value > bound],
  ['Maximum', (value, bound) => value <= bound],
  ['Minimum', (value, bound) => value >= bound],
  ['MultipleOf', (value, bound) => value % bound === 0],
]

/** `number` and `integer` with their bounds, checked in TypeBox's order. */
export function compileNumberNode(schema: SchemaObject, subject: 'Number' | 'Integer'): SchemaNode {
  const typed = subject === 'Number' ? Number.isFinite : Number.isInteger
  const bounds = BOUNDS.filter(([name]) => schema[keywordOf(name)] !== undefined)
  const types = bounds.map(([name]) => `${subject}${name}` as SchemaErrorType)
  const holds = bounds.map(([, test]) => test)
  const limits = bounds.map(([name]) => schema[keywordOf(name)] as number)
  return (value, report) => {
    if (!typed(value)) return fail(subject, schema, value, report)
    for (let index = 0; index < holds.length; index++) {
      if (!holds[index]!(value as number, limits[index]!)) {
        return fail(types[index]!, schema, value, report)
      }
    }
    return undefined
  }
}
