import { excerpt } from '@chatwire/core'

// The token stream Elasticsearch's XContent (Jackson) parser reads, rebuilt from a parsed JSON
// body. Locations are the 1-based byte column of each token in the compact serialisation
// (`JSON.stringify`, what the official clients send): ES prefixes parse errors with `[line:col]`.

export type XContentToken =
  | 'START_OBJECT'
  | 'END_OBJECT'
  | 'START_ARRAY'
  | 'END_ARRAY'
  | 'FIELD_NAME'
  | 'VALUE_STRING'
  | 'VALUE_NUMBER'
  | 'VALUE_BOOLEAN'
  | 'VALUE_NULL'

export interface XContentTokenEntry {
  token: XContentToken
  /** The field name, the scalar, or the whole object/array on a START token. */
  value: unknown
  /** chatwire's field path of the value, e.g. `messages[0].role`. */
  path: string
}

const encoder = new TextEncoder()
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/** Bytes of a string as JSON text: a plain ASCII one (a 30 MB key, say) is not re-encoded. */
function jsonStringLength(text: string): number {
  if (PLAIN_ASCII.test(text)) return text.length + 2
  return utf8Length(JSON.stringify(text))
}

function utf8Length(text: string): number {
  if (text.length > 1024) return encoder.encode(text).length
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) length += 1
    else if (code < 0x800) length += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      length += 4
      index++
    } else length += 3
  }
  return length
}

const scalarToken = (value: unknown): XContentToken => {
  if (value === null) return 'VALUE_NULL'
  if (typeof value === 'string') return 'VALUE_STRING'
  if (typeof value === 'number') return 'VALUE_NUMBER'
  return 'VALUE_BOOLEAN'
}

// The key is the client's text: a path echoes it as an excerpt only.
const join = (path: string, key: string) => {
  const name = excerpt(key)
  return path === '' ? name : `${path}.${name}`
}

/** Flattens `body` into the tokens Jackson produces for it (depth-first, keys in order). */
export function tokenizeXContent(body: unknown): XContentTokenEntry[] {
  const tokens: XContentTokenEntry[] = []
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      tokens.push({ token: 'START_ARRAY', value, path })
      for (let index = 0; index < value.length; index++) visit(value[index], `${path}[${index}]`)
      tokens.push({ token: 'END_ARRAY', value: undefined, path })
    } else if (typeof value === 'object' && value !== null) {
      tokens.push({ token: 'START_OBJECT', value, path })
      for (const key of Object.keys(value)) {
        const childPath = join(path, key)
        tokens.push({ token: 'FIELD_NAME', value: key, path: childPath })
        visit((value as Record<string, unknown>)[key], childPath)
      }
      tokens.push({ token: 'END_OBJECT', value: undefined, path })
    } else {
      tokens.push({ token: scalarToken(value), value, path })
    }
  }
  visit(body, '')
  return tokens
}

const OPENERS = new Set<XContentToken>(['START_OBJECT', 'START_ARRAY', 'FIELD_NAME'])

function widthOf({ token, value }: XContentTokenEntry): number {
  if (token === 'FIELD_NAME') return jsonStringLength(value as string) + 1
  if (token.startsWith('START_') || token.startsWith('END_')) return 1
  if (typeof value === 'string') return jsonStringLength(value)
  return utf8Length(JSON.stringify(value))
}

/**
 * The 1-based byte column of every token in the compact text (`JSON.stringify`, what the
 * official clients send): ES prefixes parse errors with `[line:col]`. Only computed for an error.
 */
export function locateXContentTokens(tokens: readonly XContentTokenEntry[]): number[] {
  const columns: number[] = []
  let offset = 0
  let previous: XContentToken | undefined
  for (const entry of tokens) {
    const closes = entry.token === 'END_OBJECT' || entry.token === 'END_ARRAY'
    if (previous !== undefined && !OPENERS.has(previous) && !closes) offset += 1
    columns.push(offset + 1)
    offset += widthOf(entry)
    previous = entry.token
  }
  return columns
}
