import type { TSchema } from '@sinclair/typebox'
import {
  compileSchemaNode,
  keywordOf,
  type SchemaError,
  type SchemaErrorType,
  type SchemaNode,
} from './compile-schema-node'

export type { SchemaError, SchemaErrorType }

const compiled = new WeakMap<TSchema, SchemaNode>()

/** The schema's compiled node, compiled on first use. */
export function nodeOf(schema: TSchema): SchemaNode {
  const cached = compiled.get(schema)
  if (cached) return cached
  const node = compileSchemaNode(schema)
  compiled.set(schema, node)
  return node
}

export { keywordOf }

/** How TypeBox words each bound, after "Expected <subject> ". */
const PHRASES: Record<string, string> = {
  ExclusiveMaximum: 'to be less than',
  ExclusiveMinimum: 'to be greater than',
  Maximum: 'to be less or equal to',
  Minimum: 'to be greater or equal to',
  MultipleOf: 'to be a multiple of',
  MaxItems: 'length to be less or equal to',
  MinItems: 'length to be greater or equal to',
  MaxLength: 'length less or equal to',
  MinLength: 'length greater or equal to',
}

/** `NumberMaximum` → `['Number', 'Maximum']`; a bare type has no bound. */
export const splitErrorType = (type: SchemaErrorType) =>
  /^(Number|Integer|Array|String|Object)(.*)$/.exec(type)?.slice(1) ?? [type, '']

/** TypeBox's default English message for an error, word for word. */
function messageOf(type: SchemaErrorType, schema: Record<string, unknown>): string {
  const [subject = '', bound = ''] = splitErrorType(type)
  const phrase = PHRASES[bound]
  if (phrase !== undefined) {
    return `Expected ${subject.toLowerCase()} ${phrase} ${schema[keywordOf(bound)]}`
  }
  switch (type) {
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
    case 'StringPattern':
      return `Expected string to match '${schema.pattern}'`
    case 'Union':
      return 'Expected union value'
    default:
      return `Expected ${type.toLowerCase()}`
  }
}

/**
 * The first problem TypeBox's `Value.Errors(schema, value)` would yield: same type, path, value
 * and message. Not for the hot path: called once a check has failed.
 */
export function findFirstError(schema: TSchema, value: unknown): SchemaError | undefined {
  const found = nodeOf(schema)(value, true)
  if (found === undefined || found === true) return undefined
  found.message = messageOf(found.type, found.schema as Record<string, unknown>)
  return found
}
