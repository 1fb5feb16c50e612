import { excerpt, joinFieldPath } from '@chatwire/core'
import { Kind, type TSchema } from '@sinclair/typebox'

export interface ElasticRequestProblem {
  /** Field path, e.g. `messages[0].name`. */
  param: string
  /** Worded like Elasticsearch's ObjectParser, e.g. `[Message] unknown field [name]`. */
  message: string
}

/** The XContent token ES names in its messages for a JSON value. */
function tokenOf(value: unknown): string {
  if (value === null) return 'VALUE_NULL'
  if (Array.isArray(value)) return 'START_ARRAY'
  if (typeof value === 'string') return 'VALUE_STRING'
  if (typeof value === 'number') return 'VALUE_NUMBER'
  if (typeof value === 'boolean') return 'VALUE_BOOLEAN'
  return 'START_OBJECT'
}

const TOKEN_BY_KIND: Record<string, string> = {
  String: 'VALUE_STRING',
  Number: 'VALUE_NUMBER',
  Integer: 'VALUE_NUMBER',
  Boolean: 'VALUE_BOOLEAN',
  Array: 'START_ARRAY',
  Object: 'START_OBJECT',
  Record: 'START_OBJECT',
}

const accepts = (schema: TSchema, token: string) => TOKEN_BY_KIND[schema[Kind]] === token

function parserOf(schema: TSchema): string {
  return (schema['x-elastic-parser'] as string | undefined) ?? 'object'
}

/**
 * Walks a closed wire schema the way ES's ObjectParser walks the body, so the first problem
 * is reported as the server words it — unknown keys, wrong token types, missing fields —
 * with the path of the innermost field (ES itself wraps it in `failed to parse field [...]`).
 */
export function findElasticRequestProblem(
  schema: TSchema,
  value: unknown,
  path = '',
): ElasticRequestProblem | undefined {
  const token = tokenOf(value)
  if (token !== 'START_OBJECT') {
    return { param: path, message: `[${parserOf(schema)}] Expected START_OBJECT but was: ${token}` }
  }
  const properties = schema.properties as Record<string, TSchema>
  const parser = parserOf(schema)
  const object = value as Record<string, unknown>
  for (const [key, child] of Object.entries(object)) {
    // The key is the client's text: echoed (in the path and the message) as an excerpt only.
    const childPath = joinFieldPath(path, excerpt(key))
    const childSchema = Object.hasOwn(properties, key) ? properties[key] : undefined
    if (!childSchema)
      return { param: childPath, message: `[${parser}] unknown field [${excerpt(key)}]` }
    const problem = findFieldProblem(childSchema, child, childPath, parser, key)
    if (problem) return problem
  }
  const required = (schema.required as string[] | undefined) ?? []
  const missing = required.filter((key) => !Object.hasOwn(object, key))
  const [first] = missing
  if (first === undefined) return undefined
  return { param: joinFieldPath(path, first), message: `Required [${missing.join(', ')}]` }
}

function findFieldProblem(
  schema: TSchema,
  value: unknown,
  path: string,
  parser: string,
  field: string,
): ElasticRequestProblem | undefined {
  const token = tokenOf(value)
  const member =
    schema[Kind] === 'Union'
      ? (schema.anyOf as TSchema[]).find((option) => accepts(option, token))
      : schema
  if (!member || !accepts(member, token)) {
    return { param: path, message: `[${parser}] ${field} doesn't support values of type: ${token}` }
  }
  if (member[Kind] === 'Integer' && !Number.isInteger(value)) {
    return { param: path, message: `[${parser}] failed to parse field [${field}]` }
  }
  if (member[Kind] === 'Object') return findElasticRequestProblem(member, value, path)
  if (member[Kind] !== 'Array') return undefined
  const items = member.items as TSchema
  for (const [index, item] of (value as unknown[]).entries()) {
    const problem = findFieldProblem(items, item, `${path}[${index}]`, parser, field)
    if (problem) return problem
  }
  return undefined
}
