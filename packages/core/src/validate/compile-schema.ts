// The only module that imports TypeBox's compiler and value checker, so a move to TypeBox 1.x stays local.
import type { Static, TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import type { ValueError } from '@sinclair/typebox/errors'
import { ValueErrorType } from '@sinclair/typebox/errors'
import { Value } from '@sinclair/typebox/value'
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

const RANGE = new Set([
  ValueErrorType.NumberMaximum,
  ValueErrorType.NumberMinimum,
  ValueErrorType.NumberExclusiveMaximum,
  ValueErrorType.NumberExclusiveMinimum,
  ValueErrorType.IntegerMaximum,
  ValueErrorType.IntegerMinimum,
  ValueErrorType.IntegerExclusiveMaximum,
  ValueErrorType.IntegerExclusiveMinimum,
  ValueErrorType.ArrayMinItems,
  ValueErrorType.ArrayMaxItems,
  ValueErrorType.StringMinLength,
  ValueErrorType.StringMaxLength,
])
const TYPE = new Set([
  ValueErrorType.String,
  ValueErrorType.Number,
  ValueErrorType.Integer,
  ValueErrorType.Boolean,
  ValueErrorType.Array,
  ValueErrorType.Object,
  ValueErrorType.Null,
])

function reasonOf(type: ValueErrorType, value: unknown): FieldProblemReason {
  if (type === ValueErrorType.ObjectRequiredProperty) return 'missing'
  if (type === ValueErrorType.ObjectAdditionalProperties) return 'unknown'
  if (RANGE.has(type)) return 'range'
  if (TYPE.has(type)) return value === undefined ? 'missing' : 'type'
  return 'value'
}

const LIMIT_KEY: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.NumberMaximum]: 'maximum',
  [ValueErrorType.NumberMinimum]: 'minimum',
  [ValueErrorType.NumberExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.NumberExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.IntegerMaximum]: 'maximum',
  [ValueErrorType.IntegerMinimum]: 'minimum',
  [ValueErrorType.IntegerExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.IntegerExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.ArrayMaxItems]: 'maxItems',
  [ValueErrorType.ArrayMinItems]: 'minItems',
  [ValueErrorType.StringMaxLength]: 'maxLength',
  [ValueErrorType.StringMinLength]: 'minLength',
}

/** The bound the value broke: the one the error type names, never its opposite. */
function limitOf(error: ValueError): number | undefined {
  const key = LIMIT_KEY[error.type]
  const limit = key === undefined ? undefined : error.schema[key]
  return typeof limit === 'number' ? limit : undefined
}

export interface Validator<T> {
  readonly schema: TSchema
  check(value: unknown): value is T
  /** The first problem, or `undefined` when valid. Call only after `check` failed: it is slow. */
  firstProblem(value: unknown): FieldProblem | undefined
}

/**
 * TypeBox reports a failed union as a whole ("Expected union value"). For the common
 * `T | null` (and any union where only one member fits the value's JSON type) re-check
 * against that member, so the problem names the real reason: a type, a range, a missing key.
 */
function refineUnionError(error: ValueError | undefined): ValueError | undefined {
  let current = error
  for (let depth = 0; current && current.type === ValueErrorType.Union && depth < 8; depth++) {
    const members = (current.schema.anyOf ?? []) as TSchema[]
    const value = current.value
    const candidates = members.filter((member) => member.type !== 'null' || value === null)
    const sameType = candidates.filter((member) => member.type === jsonTypeOf(value))
    const tagged = sameType.filter((member) => matchesLiterals(member, value))
    const member = [tagged, sameType, candidates].find((list) => list.length === 1)?.[0]
    if (!member) return discriminatorError(candidates, current) ?? current
    const inner = Value.Errors(member, value).First()
    if (!inner) return current
    current = { ...inner, path: `${current.path}${inner.path}` }
  }
  return current
}

/**
 * A union of objects told apart by one literal key (`role`, `type`) that no member matched:
 * the problem is that key (missing, not a string, or not a supported value), or a value that
 * is not an object at all.
 */
// A synthetic problem only needs the JSON type it expected, for the message.
const jsonType = (type: string | undefined) => ({ type }) as unknown as TSchema

function discriminatorError(members: TSchema[], error: ValueError): ValueError | undefined {
  if (members.length < 2 || !members.every((member) => member.type === 'object')) return undefined
  const value = error.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ...error,
      type: ValueErrorType.Object,
      schema: jsonType('object'),
      message: 'Expected object',
    }
  }
  const propertiesOf = (member: TSchema) => (member.properties ?? {}) as Record<string, TSchema>
  const key = Object.keys(propertiesOf(members[0]!)).find((name) =>
    members.every((member) => propertiesOf(member)[name]?.const !== undefined),
  )
  if (key === undefined) return undefined
  const tag = (value as Record<string, unknown>)[key]
  const path = `${error.path}/${key}`
  if (tag === undefined) {
    return {
      ...error,
      type: ValueErrorType.ObjectRequiredProperty,
      path,
      value: tag,
      message: 'Required property',
    }
  }
  if (typeof tag !== 'string') {
    return {
      ...error,
      type: ValueErrorType.String,
      path,
      value: tag,
      schema: jsonType('string'),
      message: 'Expected string',
    }
  }
  const supported = members.map((member) => `'${propertiesOf(member)[key]!.const}'`)
  return {
    ...error,
    type: ValueErrorType.Literal,
    path,
    value: tag,
    schema: jsonType(undefined),
    message: `Supported values are: ${supported.join(', ')}`,
  }
}

/** An object member whose literal-typed keys (`type`, `role`) all match the value: the one meant. */
function matchesLiterals(member: TSchema, value: unknown): boolean {
  if (member.type !== 'object' || typeof value !== 'object' || value === null) return false
  const literals = Object.entries((member.properties ?? {}) as Record<string, TSchema>).filter(
    ([, property]) => property.const !== undefined,
  )
  return (
    literals.length > 0 &&
    literals.every(([key, property]) => (value as Record<string, unknown>)[key] === property.const)
  )
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/**
 * Compiles once, at module scope of the caller. Falls back to `Value.Check` where code
 * generation is forbidden (CSP-restricted edge runtimes).
 */
export function compileSchema<T extends TSchema>(schema: T): Validator<Static<T>> {
  let check: (value: unknown) => boolean
  try {
    const compiled = TypeCompiler.Compile(schema)
    check = (value) => compiled.Check(value)
  } catch {
    check = (value) => Value.Check(schema, value)
  }
  return {
    schema,
    check: check as (value: unknown) => value is Static<T>,
    firstProblem(value) {
      const first = refineUnionError(Value.Errors(schema, value).First())
      if (!first) return undefined
      const problem: FieldProblem = {
        path: toFieldPath(first.path),
        reason: reasonOf(first.type, first.value),
        message: first.message,
        value: first.value,
      }
      const expected = first.schema.type
      if (typeof expected === 'string') problem.expected = expected
      const limit = limitOf(first)
      if (problem.reason === 'range' && limit !== undefined) problem.limit = limit
      return problem
    },
  }
}
