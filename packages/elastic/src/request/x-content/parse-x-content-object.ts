import { excerpt } from '@chatwire/core'
import { suggestXContentField } from './suggest-x-content-field'
import type { XContentToken } from './tokenize-x-content'
import type { XContentCursor } from './x-content-cursor'
import { illegalArgument, parseFailure, XContentFailure } from './x-content-failure'

/** One `declare*` of an ES `ConstructingObjectParser`: the tokens it accepts and its reader. */
export interface XContentField {
  tokens: readonly XContentToken[]
  required?: boolean
  read: (cursor: XContentCursor) => unknown
}

/** A `ConstructingObjectParser`: its name (quoted in errors) and its fields in declaration order. */
export interface XContentObjectSpec {
  name: string
  fields: Record<string, XContentField>
}

const VALUE_TOKENS = new Set<XContentToken | undefined>([
  'VALUE_STRING',
  'VALUE_NUMBER',
  'VALUE_BOOLEAN',
])

/** `XContentParser.Token#isValue()`. */
export const isValueToken = (token: XContentToken | undefined) => VALUE_TOKENS.has(token)

const REQUIRED = new WeakMap<XContentObjectSpec, string[]>()

function requiredOf(spec: XContentObjectSpec): string[] {
  let required = REQUIRED.get(spec)
  if (required === undefined) {
    required = Object.keys(spec.fields).filter((key) => spec.fields[key]?.required)
    REQUIRED.set(spec, required)
  }
  return required
}

/** Java exceptions thrown by a field reader, as ES names them; anything else is a chatwire bug. */
function asFailure(error: unknown): XContentFailure {
  if (error instanceof XContentFailure) return error
  throw error
}

function readField(
  spec: XContentObjectSpec,
  field: XContentField,
  name: string,
  cursor: XContentCursor,
): unknown {
  const { token, path } = cursor.current
  if (!field.tokens.includes(token)) {
    const message = `[${spec.name}] ${name} doesn't support values of type: ${token}`
    throw parseFailure(cursor.column, message, path)
  }
  try {
    return field.read(cursor)
  } catch (error) {
    const cause = asFailure(error)
    const message = `[${spec.name}] failed to parse field [${name}]`
    throw parseFailure(cursor.column, message, cause.param, cause)
  }
}

/**
 * `ObjectParser#parse` + `ConstructingObjectParser` for one object: moves to `START_OBJECT` if
 * not on it (as ES does, even past a scalar), rejects unknown keys (with ES's suggestions),
 * checks each value's token, wraps a field's failure in `failed to parse field [x]`, and ends
 * with `Required [a, b]` for missing constructor arguments.
 */
export function parseXContentObject(
  spec: XContentObjectSpec,
  cursor: XContentCursor,
): Record<string, unknown> {
  if (cursor.token !== 'START_OBJECT' && cursor.next() !== 'START_OBJECT') {
    const token = cursor.token ?? 'null'
    const message = `[${spec.name}] Expected START_OBJECT but was: ${token}`
    throw parseFailure(cursor.column, message, cursor.token ? cursor.current.path : '')
  }
  const objectPath = cursor.current.path
  const parsed: Record<string, unknown> = {}
  let name: string | undefined
  let nameIndex = -1
  while (cursor.next() !== 'END_OBJECT' && cursor.token !== undefined) {
    if (cursor.token === 'FIELD_NAME') {
      name = cursor.current.value as string
      nameIndex = cursor.index
      continue
    }
    if (name === undefined) throw parseFailure(cursor.column, `[${spec.name}] no field found`, '')
    const field = Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined
    if (field === undefined) {
      const unknown = `[${spec.name}] unknown field [${excerpt(name)}]`
      const suggestion = suggestXContentField(name, Object.keys(spec.fields))
      throw parseFailure(cursor.columnAt(nameIndex), unknown + suggestion, cursor.current.path)
    }
    parsed[name] = readField(spec, field, name, cursor)
  }
  const missing = requiredOf(spec).filter((key) => !Object.hasOwn(parsed, key))
  if (missing.length > 0) {
    const first = missing[0] as string
    throw illegalArgument(
      `Required [${missing.join(', ')}]`,
      objectPath === '' ? first : `${objectPath}.${first}`,
    )
  }
  return parsed
}
