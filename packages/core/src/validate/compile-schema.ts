// Validation without TypeBox's compiler, errors and value modules (~115 KB minified, most of a
// browser bundle): `compileSchemaNode` reads the schema objects themselves, and a
// differential test (tests/bundle) holds them to TypeBox's verdicts and first errors.
import type { Static, TSchema } from '@sinclair/typebox'
import {
  findFirstError,
  keywordOf,
  nodeOf,
  type SchemaError,
  type SchemaErrorType,
  splitErrorType,
} from './find-first-error'
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
function refineUnionError(
  error: SchemaError | undefined,
  findFirst: FindFirstError,
): SchemaError | undefined {
  let current = error
  for (let depth = 0; current && current.type === 'Union' && depth < 8; depth++) {
    const members = (current.schema.anyOf ?? []) as TSchema[]
    const value = current.value
    const candidates = members.filter((member) => member.type !== 'null' || value === null)
    const sameType = candidates.filter((member) => member.type === jsonTypeOf(value))
    const tagged = sameType.filter((member) => matchesLiterals(member, value))
    const member = [tagged, sameType, candidates].find((list) => list.length === 1)?.[0]
    if (!member) return discriminatorError(candidates, current) ?? current
    const inner = findFirst(member, value)
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

function discriminatorError(members: TSchema[], error: SchemaError): SchemaError | undefined {
  if (members.length < 2 || !members.every((member) => member.type === 'object')) return undefined
  const value = error.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ...error,
      type: 'Object',
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
      type: 'ObjectRequiredProperty',
      path,
      value: tag,
      message: 'Required property',
    }
  }
  if (typeof tag !== 'string') {
    return {
      ...error,
      type: 'String',
      path,
      value: tag,
      schema: jsonType('string'),
      message: 'Expected string',
    }
  }
  const supported = members.map((member) => `'${propertiesOf(member)[key]!.const}'`)
  return {
    ...error,
    type: 'Literal',
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

/** Finds the first problem of a value, as TypeBox's `Value.Errors(schema, value).First()`. */
export type FindFirstError = (schema: TSchema, value: unknown) => SchemaError | undefined

/**
 * A validator from a check and a first-problem finder. Internal: `compileSchema` passes
 * chatwire's own; the differential tests pass TypeBox's to get the reference answers.
 */
export function createValidator<T>(
  schema: TSchema,
  check: (value: unknown) => boolean,
  findFirst: FindFirstError,
): Validator<T> {
  return {
    schema,
    check: check as (value: unknown) => value is T,
    firstProblem(value) {
      const first = refineUnionError(findFirst(schema, value), findFirst)
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

/**
 * Compiles once, at module scope of the caller. Generates no code (runs where `eval` is
 * forbidden, as on CSP-restricted edge runtimes). Supports the JSON kinds of chatwire's schemas
 * (see `compileSchemaNode`); any other kind or keyword throws here.
 */
export function compileSchema<T extends TSchema>(schema: T): Validator<Static<T>> {
  const node = nodeOf(schema)
  return createValidator(schema, (value) => node(value, false) === undefined, findFirstError)
}
