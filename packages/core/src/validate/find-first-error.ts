import { Kind, type TSchema } from '@sinclair/typebox'
import {
  type Check,
  compileCheck,
  isObjectLike,
  isRecordLike,
  type SchemaNode,
} from './compile-check'

/** TypeBox's `ValueErrorType` names for the kinds of problem chatwire's schemas can report. */
export type SchemaErrorType =
  | 'Array'
  | 'ArrayMaxItems'
  | 'ArrayMinItems'
  | 'Boolean'
  | 'Integer'
  | 'IntegerExclusiveMaximum'
  | 'IntegerExclusiveMinimum'
  | 'IntegerMaximum'
  | 'IntegerMinimum'
  | 'IntegerMultipleOf'
  | 'Literal'
  | 'Null'
  | 'Number'
  | 'NumberExclusiveMaximum'
  | 'NumberExclusiveMinimum'
  | 'NumberMaximum'
  | 'NumberMinimum'
  | 'NumberMultipleOf'
  | 'Object'
  | 'ObjectAdditionalProperties'
  | 'ObjectMaxProperties'
  | 'ObjectMinProperties'
  | 'ObjectRequiredProperty'
  | 'String'
  | 'StringMaxLength'
  | 'StringMinLength'
  | 'StringPattern'
  | 'Union'

/** One problem, as TypeBox's `Value.Errors(schema, value).First()` reports it. */
export interface SchemaError {
  type: SchemaErrorType
  schema: TSchema
  /** JSON Pointer, `''` for the root. */
  path: string
  value: unknown
  message: string
}

/** TypeBox's default English messages, word for word. */
function messageOf(type: SchemaErrorType, schema: SchemaNode): string {
  const [, subject, bound] = /^(Number|Integer)(\w+)$/.exec(type) ?? []
  if (subject !== undefined) {
    const [phrase, key] = BOUND_PHRASES[bound as keyof typeof BOUND_PHRASES]
    return `Expected ${subject.toLowerCase()} to be ${phrase} ${schema[key]}`
  }
  switch (type) {
    case 'ArrayMaxItems':
      return `Expected array length to be less or equal to ${schema.maxItems}`
    case 'ArrayMinItems':
      return `Expected array length to be greater or equal to ${schema.minItems}`
    case 'Literal':
      return `Expected ${typeof schema.const === 'string' ? `'${schema.const}'` : schema.const}`
    case 'ObjectAdditionalProperties':
      return 'Unexpected property'
    case 'ObjectMaxProperties':
      return `Expected object to have no more than ${schema.maxProperties} properties`
    case 'ObjectMinProperties':
      return `Expected object to have at least ${schema.minProperties} properties`
    case 'ObjectRequiredProperty':
      return 'Expected required property'
    case 'StringMaxLength':
      return `Expected string length less or equal to ${schema.maxLength}`
    case 'StringMinLength':
      return `Expected string length greater or equal to ${schema.minLength}`
    case 'StringPattern':
      return `Expected string to match '${schema.pattern}'`
    case 'Union':
      return 'Expected union value'
    default:
      return `Expected ${type.toLowerCase()}`
  }
}

const BOUND_PHRASES = {
  ExclusiveMaximum: ['less than', 'exclusiveMaximum'],
  ExclusiveMinimum: ['greater than', 'exclusiveMinimum'],
  Maximum: ['less or equal to', 'maximum'],
  Minimum: ['greater or equal to', 'minimum'],
  MultipleOf: ['a multiple of', 'multipleOf'],
} as const

const error = (
  type: SchemaErrorType,
  schema: SchemaNode,
  path: string,
  value: unknown,
): SchemaError => ({ type, schema, path, value, message: messageOf(type, schema) })

const unionChecks = new WeakMap<SchemaNode, Check>()
function checkOf(union: SchemaNode): Check {
  const cached = unionChecks.get(union)
  if (cached !== undefined) return cached
  const check = compileCheck(union)
  unionChecks.set(union, check)
  return check
}

const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

/** The bound checks of `number`/`integer`, in TypeBox's order. */
function firstBoundError(
  subject: 'Number' | 'Integer',
  schema: SchemaNode,
  path: string,
  value: number,
): SchemaError | undefined {
  const { exclusiveMaximum: xMax, exclusiveMinimum: xMin, maximum: max, minimum: min } = schema
  const multipleOf = schema.multipleOf as number | undefined
  const broken =
    xMax !== undefined && !(value < (xMax as number))
      ? 'ExclusiveMaximum'
      : xMin !== undefined && !(value > (xMin as number))
        ? 'ExclusiveMinimum'
        : max !== undefined && !(value <= (max as number))
          ? 'Maximum'
          : min !== undefined && !(value >= (min as number))
            ? 'Minimum'
            : multipleOf !== undefined && !(value % multipleOf === 0)
              ? 'MultipleOf'
              : undefined
  return broken === undefined
    ? undefined
    : error(`${subject}${broken}` as SchemaErrorType, schema, path, value)
}

function firstCountError(schema: SchemaNode, path: string, value: object) {
  const count = Object.getOwnPropertyNames(value).length
  if (schema.minProperties !== undefined && !(count >= (schema.minProperties as number))) {
    return error('ObjectMinProperties', schema, path, value)
  }
  if (schema.maxProperties !== undefined && !(count <= (schema.maxProperties as number))) {
    return error('ObjectMaxProperties', schema, path, value)
  }
  return undefined
}

function firstObjectError(schema: SchemaNode, path: string, value: unknown) {
  if (!isObjectLike(value)) return error('Object', schema, path, value)
  const counted = firstCountError(schema, path, value)
  if (counted) return counted
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : []
  const known = Object.getOwnPropertyNames(properties)
  const present = Object.getOwnPropertyNames(value)
  const missing = required.find((key) => !present.includes(key))
  if (missing !== undefined) {
    return error(
      'ObjectRequiredProperty',
      properties[missing]!,
      `${path}/${escapeKey(missing)}`,
      undefined,
    )
  }
  const additional = schema.additionalProperties
  for (const key of present) {
    if (known.includes(key)) continue
    const at = `${path}/${escapeKey(key)}`
    if (additional === false) return error('ObjectAdditionalProperties', schema, at, value[key])
    if (typeof additional === 'object') {
      const inner = findFirstError(additional as SchemaNode, value[key], at)
      if (inner) return inner
    }
  }
  for (const key of known) {
    if (!required.includes(key) && value[key] === undefined) continue
    const inner = findFirstError(properties[key]!, value[key], `${path}/${escapeKey(key)}`)
    if (inner) return inner
  }
  return undefined
}

function firstRecordError(schema: SchemaNode, path: string, value: unknown) {
  if (!isRecordLike(value)) return error('Object', schema, path, value)
  const counted = firstCountError(schema, path, value)
  if (counted) return counted
  const [pattern, inner] = Object.entries(
    schema.patternProperties as Record<string, SchemaNode>,
  )[0]!
  const regex = new RegExp(pattern)
  const entries = Object.entries(value)
  for (const [key, field] of entries) {
    const found = regex.test(key)
      ? findFirstError(inner, field, `${path}/${escapeKey(key)}`)
      : undefined
    if (found) return found
  }
  const additional = schema.additionalProperties
  for (const [key, field] of entries) {
    if (regex.test(key)) continue
    const at = `${path}/${escapeKey(key)}`
    if (typeof additional === 'object') {
      const found = findFirstError(additional as SchemaNode, field, at)
      if (found) return found
    }
  }
  if (additional === false) {
    const extra = entries.find(([key]) => !regex.test(key))
    if (extra)
      return error('ObjectAdditionalProperties', schema, `${path}/${escapeKey(extra[0])}`, extra[1])
  }
  return undefined
}

function firstArrayError(schema: SchemaNode, path: string, value: unknown) {
  if (!Array.isArray(value)) return error('Array', schema, path, value)
  if (schema.minItems !== undefined && !(value.length >= (schema.minItems as number))) {
    return error('ArrayMinItems', schema, path, value)
  }
  if (schema.maxItems !== undefined && !(value.length <= (schema.maxItems as number))) {
    return error('ArrayMaxItems', schema, path, value)
  }
  for (let index = 0; index < value.length; index++) {
    const found = findFirstError(schema.items as SchemaNode, value[index], `${path}/${index}`)
    if (found) return found
  }
  return undefined
}

function firstStringError(schema: SchemaNode, path: string, value: unknown) {
  if (typeof value !== 'string') return error('String', schema, path, value)
  if (schema.minLength !== undefined && !(value.length >= (schema.minLength as number))) {
    return error('StringMinLength', schema, path, value)
  }
  if (schema.maxLength !== undefined && !(value.length <= (schema.maxLength as number))) {
    return error('StringMaxLength', schema, path, value)
  }
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
    return error('StringPattern', schema, path, value)
  }
  return undefined
}

/**
 * The first problem TypeBox's `Value.Errors(schema, value)` would yield, same type, path,
 * value and message, for the kinds {@link compileCheck} supports. Not for the hot path: it is
 * called once a check has failed.
 */
export function findFirstError(
  schema: TSchema,
  value: unknown,
  path = '',
): SchemaError | undefined {
  const node = schema as SchemaNode
  switch (node[Kind]) {
    case 'Null':
      return value === null ? undefined : error('Null', node, path, value)
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : error('Boolean', node, path, value)
    case 'Literal':
      return value === node.const ? undefined : error('Literal', node, path, value)
    case 'String':
      return firstStringError(node, path, value)
    case 'Number':
    case 'Integer': {
      const subject = node[Kind] as 'Number' | 'Integer'
      const typed = subject === 'Number' ? Number.isFinite(value) : Number.isInteger(value)
      return typed
        ? firstBoundError(subject, node, path, value as number)
        : error(subject, node, path, value)
    }
    case 'Array':
      return firstArrayError(node, path, value)
    case 'Object':
      return firstObjectError(node, path, value)
    case 'Record':
      return firstRecordError(node, path, value)
    case 'Union':
      return checkOf(node)(value) ? undefined : error('Union', node, path, value)
    default:
      // Any, Unknown, and (rejected by compileCheck already) everything else.
      return undefined
  }
}
