import { excerpt } from '@chatwire/core'
import {
  isValueToken,
  parseXContentObject,
  type XContentField,
  type XContentObjectSpec,
} from './parse-x-content-object'
import type { XContentCursor } from './x-content-cursor'
import { illegalArgument, XContentFailure } from './x-content-failure'

// The value readers behind `declareString`, `declareLong`, `declareFloat`, `declareBoolean`,
// `declareStringArray`, `declareObject(Array)` (ObjectParser.ValueType and
// AbstractXContentParser, libs/x-content): numbers and booleans are coerced from strings.

const LONG_TEXT = /^[+-]?\d+$/
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const FLOAT_TEXT = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$/
const LONG_MAX = 2n ** 63n - 1n

const textOf = (cursor: XContentCursor) => String(cursor.current.value)
const quoted = (text: string) => excerpt(text)

/** `AbstractXContentParser.toLong(text, coerce = true)`: a decimal is truncated. */
function toLong(text: string, param: string): number {
  if (!LONG_TEXT.test(text) && !DECIMAL_TEXT.test(text)) {
    throw illegalArgument(`For input string: "${quoted(text)}"`, param)
  }
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e')
  const shift = Number(exponent)
  if (shift > 19) throw illegalArgument(`Value [${quoted(text)}] is out of range for a long`, param)
  const whole = Math.trunc(Number(mantissa) * 10 ** shift)
  if (BigInt(Math.abs(whole)) > LONG_MAX) {
    throw illegalArgument(`Value [${quoted(text)}] is out of range for a long`, param)
  }
  return whole === 0 ? 0 : whole
}

export const readLong = (cursor: XContentCursor): number =>
  cursor.token === 'VALUE_STRING'
    ? toLong(textOf(cursor), cursor.current.path)
    : Math.trunc(cursor.current.value as number)

/** `Float.parseFloat`: trims, accepts a sign, `NaN`, `Infinity` and an `f`/`d` suffix. */
export function readFloat(cursor: XContentCursor): number {
  if (cursor.token !== 'VALUE_STRING') return cursor.current.value as number
  const text = textOf(cursor).trim()
  if (!FLOAT_TEXT.test(text)) {
    const message = text === '' ? 'empty String' : `For input string: "${quoted(textOf(cursor))}"`
    throw new XContentFailure('number_format_exception', message, cursor.current.path)
  }
  return Number(text.replace(/[fFdD]$/, ''))
}

/** `Booleans.parseBoolean`: only `true`/`false`, as JSON booleans or strings. */
export function readBoolean(cursor: XContentCursor): boolean {
  const { value, path } = cursor.current
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  const message = `Failed to parse value [${quoted(String(value))}] as only [true] or [false] are allowed.`
  throw illegalArgument(message, path)
}

const readString = (cursor: XContentCursor): string => cursor.current.value as string

/** `XContentParser#text()`: the text of any scalar; null or a structure is an error. */
export function readText(cursor: XContentCursor): string {
  if (isValueToken(cursor.token)) return textOf(cursor)
  const { path, token } = cursor.current
  throw illegalArgument(`Expected text at 1:${cursor.column} but found ${token}`, path)
}

/** `AbstractObjectParser.parseArray`: a single value (or object) is a one-element list. */
export function readArray<T>(cursor: XContentCursor, readItem: (cursor: XContentCursor) => T): T[] {
  const token = cursor.token
  if (isValueToken(token) || token === 'VALUE_NULL' || token === 'START_OBJECT') {
    return [readItem(cursor)]
  }
  const items: T[] = []
  while (cursor.next() !== 'END_ARRAY' && cursor.token !== undefined) {
    const item = cursor.token
    if (!isValueToken(item) && item !== 'VALUE_NULL' && item !== 'START_OBJECT') {
      const message = `expected value but got [${item}]`
      throw new XContentFailure('illegal_state_exception', message, cursor.current.path)
    }
    items.push(readItem(cursor))
  }
  return items
}

/** `p.mapOrdered()`: the object as sent. */
export function readMap(cursor: XContentCursor): Record<string, unknown> {
  const value = cursor.current.value as Record<string, unknown>
  cursor.skipChildren()
  return value
}

const OBJECT = ['START_OBJECT'] as const
const OBJECT_ARRAY = ['START_OBJECT', 'START_ARRAY'] as const

export const stringField = (required = false): XContentField => ({
  tokens: ['VALUE_STRING'],
  required,
  read: readString,
})
export const objectField = (spec: XContentObjectSpec, required = false): XContentField => ({
  tokens: OBJECT,
  required,
  read: (cursor) => parseXContentObject(spec, cursor),
})
export const objectArrayField = (spec: XContentObjectSpec, required = false): XContentField => ({
  tokens: OBJECT_ARRAY,
  required,
  read: (cursor) => readArray(cursor, (item) => parseXContentObject(spec, item)),
})
