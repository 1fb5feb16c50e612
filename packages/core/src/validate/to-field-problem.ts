import { keywordOf, type SchemaError, type SchemaErrorType, splitErrorType } from './schema-error'
import { toFieldPath } from './to-field-path'

/** What kind of problem, so each dialect can phrase it the way its vendor does. */
export type FieldProblemReason = 'missing' | 'unknown' | 'type' | 'range' | 'value'

export interface FieldProblem {
  /** Field path in vendor style, e.g. `messages[0].content`; `''` for the root. */
  path: string
  reason: FieldProblemReason
  message: string
  value: unknown
  /** The JSON Schema type expected at the path, when the schema says. */
  expected?: string
  /** The violated bound, for `range` problems. */
  limit?: number
}

/** The bounds a `range` problem can break; its `limit` is the keyword named after it. */
const RANGE = /^(Exclusive)?(Maximum|Minimum)$|^M(ax|in)(Items|Length)$/
const TYPE = new Set<SchemaErrorType>([
  'String',
  'Number',
  'Integer',
  'Boolean',
  'Array',
  'Object',
  'Null',
])

function reasonOf(type: SchemaErrorType, value: unknown): FieldProblemReason {
  if (type === 'ObjectRequiredProperty') return 'missing'
  if (type === 'ObjectAdditionalProperties') return 'unknown'
  if (RANGE.test(splitErrorType(type)[1] ?? '')) return 'range'
  if (TYPE.has(type)) return value === undefined ? 'missing' : 'type'
  return 'value'
}

/** The bound the value broke: the one the error type names, never its opposite. */
function limitOf(error: SchemaError): number | undefined {
  const limit = error.schema[keywordOf(splitErrorType(error.type)[1] ?? '')]
  return typeof limit === 'number' ? limit : undefined
}

/** A schema error as the field problem a dialect phrases: vendor-style path, reason, bound. */
export function toFieldProblem(error: SchemaError): FieldProblem {
  const problem: FieldProblem = {
    path: toFieldPath(error.path),
    reason: reasonOf(error.type, error.value),
    message: error.message,
    value: error.value,
  }
  const expected = error.schema.type
  if (typeof expected === 'string') problem.expected = expected
  const limit = limitOf(error)
  if (problem.reason === 'range' && limit !== undefined) problem.limit = limit
  return problem
}
