import { Kind, type TSchema } from '@sinclair/typebox'

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

type Schema = TSchema & Record<string, unknown>

const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The keywords not implemented here: compiling a schema that uses one throws. */
const UNSUPPORTED = ['format', 'uniqueItems', 'contains', 'minContains', 'maxContains', '$ref']

const fail = (type: SchemaErrorType, schema: TSchema, value: unknown, report: boolean) =>
  report ? ({ type, schema, path: '', value, message: '' } as SchemaError) : true

/** A child's error, its path now starting at the parent. */
const under = (found: SchemaError | true, key: string | number) => {
  if (found !== true) {
    found.path = `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}${found.path}`
  }
  return found
}

/** Bounds in TypeBox's order, as `[keyword, holds]` pairs for `number` and `integer`. */
const BOUNDS: [string, (value: number, bound: number) => boolean][] = [
  ['ExclusiveMaximum', (value, bound) => value < bound],
  ['ExclusiveMinimum', (value, bound) => value > bound],
  ['Maximum', (value, bound) => value <= bound],
  ['Minimum', (value, bound) => value >= bound],
  ['MultipleOf', (value, bound) => value % bound === 0],
]
/** `exclusiveMaximum` from `ExclusiveMaximum`: the keyword an error type is about. */
export const keywordOf = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`

function compileNumber(schema: Schema, subject: 'Number' | 'Integer'): SchemaNode {
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

function compileString(schema: Schema): SchemaNode {
  const { minLength, maxLength } = schema as { minLength?: number; maxLength?: number }
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : undefined
  return (value, report) =>
    typeof value !== 'string'
      ? fail('String', schema, value, report)
      : minLength !== undefined && !(value.length >= minLength)
        ? fail('StringMinLength', schema, value, report)
        : maxLength !== undefined && !(value.length <= maxLength)
          ? fail('StringMaxLength', schema, value, report)
          : pattern !== undefined && !pattern.test(value)
            ? fail('StringPattern', schema, value, report)
            : undefined
}

function compileArray(schema: Schema): SchemaNode {
  const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number }
  const items = compileSchemaNode(schema.items as TSchema)
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

/** `minProperties`/`maxProperties`, shared by objects and records. */
function compileCount(schema: Schema) {
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
function compileAdditional(schema: Schema): SchemaNode | false | undefined {
  const additional = schema.additionalProperties
  return additional === false
    ? false
    : typeof additional === 'object'
      ? compileSchemaNode(additional as TSchema)
      : undefined
}

/** Past this many schema keys, an object is checked by the keys it has, not all it may have. */
const MANY_KEYS = 10

function compileObject(schema: Schema): SchemaNode {
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : []
  const known = new Set(Object.getOwnPropertyNames(properties))
  const keys = [...known]
  const nodes = keys.map((key) => compileSchemaNode(properties[key]!))
  const isRequired = keys.map((key) => required.includes(key))
  // TypeBox's `Check`: a required `unknown` key must be there, though `undefined` would pass.
  const mustBePresent = keys.map(
    (key, index) => isRequired[index] && ['Unknown', 'Any'].includes(properties[key]![Kind]),
  )
  const count = compileCount(schema)
  const additional = compileAdditional(schema)
  const indexOf = new Map(keys.map((key, index) => [key, index]))
  const requiredCount = isRequired.filter(Boolean).length

  /**
   * `Check`'s verdict from the keys the value has, for schemas naming many more (a request's
   * optional fields): unknown keys as `additionalProperties` says, known ones by their schema,
   * then whichever required key was not among them.
   */
  function checkPresentKeys(value: Record<string, unknown>): true | undefined {
    let requiredSeen = 0
    for (const key in value) {
      const index = indexOf.get(key)
      if (index === undefined) {
        if (additional === false || additional?.(value[key], false)) return true
        continue
      }
      const field = value[key]
      if (isRequired[index]) requiredSeen++
      else if (field === undefined) continue
      if (nodes[index]!(field, false)) return true
    }
    if (requiredSeen === requiredCount) return undefined
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      if (!isRequired[index] || Object.hasOwn(value, key)) continue
      if (nodes[index]!(value[key], false) || (mustBePresent[index] && !(key in value))) return true
    }
    return undefined
  }
  const byPresentKeys = keys.length > MANY_KEYS

  return (value, report) => {
    if (!isObjectLike(value)) return fail('Object', schema, value, report)
    const counted = count(value, report)
    if (counted) return counted
    if (!report && byPresentKeys) return checkPresentKeys(value)
    if (report) {
      // `Value.Errors` order: missing required keys, then unknown keys, then each known key.
      const missing = required.find((key) => !Object.hasOwn(value, key))
      if (missing !== undefined) {
        return under(fail('ObjectRequiredProperty', properties[missing]!, undefined, true), missing)
      }
    }
    if (additional !== undefined) {
      for (const key of Object.getOwnPropertyNames(value)) {
        if (known.has(key)) continue
        const found = additional
          ? additional(value[key], report)
          : fail('ObjectAdditionalProperties', schema, value[key], report)
        if (found) return under(found, key)
      }
    }
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      const field = value[key]
      if (field === undefined && !isRequired[index]) continue
      const found = nodes[index]!(field, report)
      if (found) return under(found, key)
      if (mustBePresent[index] && !report && !(key in value)) return true
    }
    return undefined
  }
}

function compileRecord(schema: Schema): SchemaNode {
  const [pattern, inner] = Object.entries(schema.patternProperties as Record<string, TSchema>)[0]!
  const regex = new RegExp(pattern)
  const node = compileSchemaNode(inner)
  const count = compileCount(schema)
  const additional = compileAdditional(schema)
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

const ANY: SchemaNode = () => undefined

/**
 * Compiles a TypeBox schema into closures, once: TypeBox's verdict (`TypeCompiler`'s `Check`) and
 * its first error (`Value.Errors`) for the JSON kinds chatwire's schemas use (object, record,
 * array, union, literal, string, number, integer, boolean, null, unknown), without generating
 * code (so it runs where `eval` is forbidden) and without TypeBox's compiler in the bundle.
 * Anything else throws here, at compile time, never a wrong verdict later.
 */
export function compileSchemaNode(schema: TSchema): SchemaNode {
  const node = schema as Schema
  const unsupported = UNSUPPORTED.find((keyword) => node[keyword] !== undefined)
  if (unsupported !== undefined) {
    throw new TypeError(`compileSchema: unsupported keyword '${unsupported}'`)
  }
  const kind = node[Kind]
  switch (kind) {
    case 'Any':
    case 'Unknown':
      return ANY
    case 'Null':
    case 'Boolean':
    case 'Literal': {
      const holds =
        kind === 'Null'
          ? (value: unknown) => value === null
          : kind === 'Boolean'
            ? (value: unknown) => typeof value === 'boolean'
            : (value: unknown) => value === node.const
      return (value, report) => (holds(value) ? undefined : fail(kind, node, value, report))
    }
    case 'String':
      return compileString(node)
    case 'Number':
    case 'Integer':
      return compileNumber(node, kind)
    case 'Array':
      return compileArray(node)
    case 'Object':
      return compileObject(node)
    case 'Record':
      return compileRecord(node)
    case 'Union': {
      const members = (node.anyOf as TSchema[]).map(compileSchemaNode)
      return (value, report) => {
        for (const member of members) if (member(value, false) === undefined) return undefined
        return fail('Union', node, value, report)
      }
    }
    default:
      throw new TypeError(`compileSchema: unsupported TypeBox kind '${String(kind)}'`)
  }
}
