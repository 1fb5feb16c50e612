import { Kind, type TSchema } from '@sinclair/typebox'

/** A TypeBox schema read as the plain JSON Schema object it is. */
export type SchemaNode = TSchema & Record<string, unknown>

export type Check = (value: unknown) => boolean

const ANY: Check = () => true

export const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** TypeBox's `IsRecordLike`: an object that is not an array, a Date or bytes. */
export const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  isObjectLike(value) && !(value instanceof Date) && !(value instanceof Uint8Array)

/** The keywords this validator does not implement: compiling a schema that uses one throws. */
const UNSUPPORTED = ['format', 'uniqueItems', 'contains', 'minContains', 'maxContains', '$ref']

/** `{ minimum: 0 }` → `(n) => n >= 0`, all the numeric bounds of a schema in one predicate. */
function compileBounds(schema: SchemaNode): (value: number) => boolean {
  const { exclusiveMaximum: xMax, exclusiveMinimum: xMin, maximum: max, minimum: min } = schema
  const multipleOf = schema.multipleOf as number | undefined
  return (value) =>
    (xMax === undefined || value < (xMax as number)) &&
    (xMin === undefined || value > (xMin as number)) &&
    (max === undefined || value <= (max as number)) &&
    (min === undefined || value >= (min as number)) &&
    (multipleOf === undefined || value % multipleOf === 0)
}

const countIn = (schema: SchemaNode) => {
  const { minProperties: min, maxProperties: max } = schema as {
    minProperties?: number
    maxProperties?: number
  }
  return min === undefined && max === undefined
    ? undefined
    : (value: object) => {
        const count = Object.getOwnPropertyNames(value).length
        return (min === undefined || count >= min) && (max === undefined || count <= max)
      }
}

function compileObject(schema: SchemaNode): Check {
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>
  const known = Object.getOwnPropertyNames(properties)
  const knownSet = new Set(known)
  const required = new Set((schema.required ?? []) as string[])
  const keys = known.map((key) => {
    const kind = properties[key]![Kind]
    return {
      key,
      check: compileCheck(properties[key]!),
      required: required.has(key),
      // TypeBox: a required `unknown`/`any` key must be there, even though undefined would pass.
      present: required.has(key) && (kind === 'Unknown' || kind === 'Any'),
    }
  })
  const counts = countIn(schema)
  const additional = schema.additionalProperties
  const extra =
    additional === false
      ? (value: object) => Object.getOwnPropertyNames(value).every((key) => knownSet.has(key))
      : typeof additional === 'object'
        ? compileExtra(knownSet, compileCheck(additional as SchemaNode))
        : undefined
  return (value) => {
    if (!isObjectLike(value) || (counts !== undefined && !counts(value))) return false
    for (const { key, check, required, present } of keys) {
      const field = value[key]
      if (required) {
        if (!check(field) || (present && !(key in value))) return false
      } else if (field !== undefined && !check(field)) return false
    }
    return extra === undefined || extra(value)
  }
}

function compileExtra(known: Set<string>, check: Check) {
  return (value: Record<string, unknown>) =>
    Object.getOwnPropertyNames(value).every((key) => known.has(key) || check(value[key]))
}

function compileRecord(schema: SchemaNode): Check {
  const [pattern, inner] = Object.entries(
    schema.patternProperties as Record<string, SchemaNode>,
  )[0]!
  const regex = new RegExp(pattern)
  const check = compileCheck(inner)
  const counts = countIn(schema)
  const additional = schema.additionalProperties
  const other: Check | undefined =
    additional === false
      ? () => false
      : typeof additional === 'object'
        ? compileCheck(additional as SchemaNode)
        : undefined
  return (value) => {
    if (!isRecordLike(value) || (counts !== undefined && !counts(value))) return false
    for (const key of Object.keys(value)) {
      if (regex.test(key)) {
        if (!check(value[key])) return false
      } else if (other !== undefined && !other(value[key])) return false
    }
    return true
  }
}

function compileArray(schema: SchemaNode): Check {
  const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number }
  const items = compileCheck(schema.items as SchemaNode)
  return (value) => {
    if (!Array.isArray(value)) return false
    if (minItems !== undefined && value.length < minItems) return false
    if (maxItems !== undefined && value.length > maxItems) return false
    for (const item of value) if (!items(item)) return false
    return true
  }
}

function compileString(schema: SchemaNode): Check {
  const { minLength, maxLength } = schema as { minLength?: number; maxLength?: number }
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : undefined
  return (value) =>
    typeof value === 'string' &&
    (minLength === undefined || value.length >= minLength) &&
    (maxLength === undefined || value.length <= maxLength) &&
    (pattern === undefined || pattern.test(value))
}

/**
 * Turns a TypeBox schema into a checker made of closures, built once: the same verdict as
 * TypeBox's `TypeCompiler` for the JSON kinds chatwire's schemas use (object, record, array,
 * union, literal, string, number, integer, boolean, null, unknown), without generating code
 * (so it also runs where `eval` is forbidden) and without TypeBox's compiler in the bundle.
 * A schema using anything else throws here, at compile time, never a wrong verdict later.
 */
export function compileCheck(schema: TSchema): Check {
  const node = schema as SchemaNode
  const unsupported = UNSUPPORTED.find((keyword) => node[keyword] !== undefined)
  if (unsupported !== undefined)
    throw new TypeError(`compileSchema: unsupported keyword '${unsupported}'`)
  switch (node[Kind]) {
    case 'Any':
    case 'Unknown':
      return ANY
    case 'Null':
      return (value) => value === null
    case 'Boolean':
      return (value) => typeof value === 'boolean'
    case 'Literal': {
      const constant = node.const
      return (value) => value === constant
    }
    case 'String':
      return compileString(node)
    case 'Number': {
      const bounds = compileBounds(node)
      return (value) => Number.isFinite(value) && bounds(value as number)
    }
    case 'Integer': {
      const bounds = compileBounds(node)
      return (value) => Number.isInteger(value) && bounds(value as number)
    }
    case 'Array':
      return compileArray(node)
    case 'Object':
      return compileObject(node)
    case 'Record':
      return compileRecord(node)
    case 'Union': {
      const members = (node.anyOf as SchemaNode[]).map(compileCheck)
      return (value) => members.some((member) => member(value))
    }
    default:
      throw new TypeError(`compileSchema: unsupported TypeBox kind '${String(node[Kind])}'`)
  }
}
