// The vocabulary every part of the validator shares: what a problem is (TypeBox's error types),
// what a compiled node answers, and how a problem found in a child names its place in the parent.
import type { TSchema } from '@sinclair/typebox'

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

/**
 * A compiled schema. `report: false` answers as TypeBox's `Check` (`undefined` when valid, `true`
 * when not, nothing allocated); `report: true` answers as `Value.Errors(…).First()`, in its order,
 * the error's path relative to this node.
 */
export type SchemaNode = (value: unknown, report: boolean) => SchemaError | true | undefined

/**
 * Compiles a child schema (an item, a property, a union member). Each keyword family receives it
 * from `compileSchemaNode` instead of importing it, so the files form no import cycle.
 */
export type CompileChild = (schema: TSchema) => SchemaNode

/** Finds the first problem of a value, as TypeBox's `Value.Errors(schema, value).First()`. */
export type FindFirstError = (schema: TSchema, value: unknown) => SchemaError | undefined

/** A schema read as the plain object it is: its keywords by name. */
export type SchemaObject = TSchema & Record<string, unknown>

/** The answer of a node that failed: `true` for a check, the problem for a report. */
export const fail = (type: SchemaErrorType, schema: TSchema, value: unknown, report: boolean) =>
  report ? ({ type, schema, path: '', value, message: '' } as SchemaError) : true

/** A child's error, its path now starting at the parent. */
export const under = (found: SchemaError | true, key: string | number) => {
  if (found !== true) {
    found.path = `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}${found.path}`
  }
  return found
}

/** `exclusiveMaximum` from `ExclusiveMaximum`: the keyword an error type is about. */
export const keywordOf = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`

/** `NumberMaximum` → `['Number', 'Maximum']`; a bare type has no bound. */
export const splitErrorType = (type: SchemaErrorType) =>
  /^(Number|Integer|Array|String|Object)(.*)$/.exec(type)?.slice(1) ?? [type, '']
