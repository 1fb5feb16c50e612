import { excerpt, toFieldPath } from '@chatwire/core'
import type { TSchema } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

/** One thing wrong in a config, at a field path (`routes[0].upstream`). */
export interface ConfigProblem {
  path: string
  problem: string
}

/** Enough for any real config; a pathological one does not get an endless list. */
const MAX_PROBLEMS = 50

/**
 * Every schema violation, one per field (the first TypeBox reports for it), not only the
 * first: an operator fixes a config in one pass. A value outside an enum names the allowed
 * values. Called only once the compiled check failed: never on the hot path.
 */
export function listSchemaProblems(schema: TSchema, value: unknown): ConfigProblem[] {
  const problems = new Map<string, string>()
  for (const error of explainUnions(Value.Errors(schema, value))) {
    const path = toFieldPath(error.path)
    if (problems.has(path)) continue
    problems.set(path, describe(error.schema, error.value, error.message))
    if (problems.size >= MAX_PROBLEMS) break
  }
  return [...problems].map(([path, problem]) => ({ path, problem }))
}

type SchemaError = { path: string; schema: TSchema; value: unknown; message: string }

/**
 * `string | {…}` (an `auth.keys` entry): an object that fails is explained by the object
 * member's own errors (`sha256: Expected string to match…`), not as "Expected union value".
 */
function* explainUnions(errors: Iterable<SchemaError>): Generator<SchemaError> {
  for (const error of errors) {
    const objects = (error.schema.anyOf as TSchema[] | undefined)?.filter(
      (member) => member.type === 'object',
    )
    const value = error.value
    if (objects?.length !== 1 || typeof value !== 'object' || value === null) {
      yield error
      continue
    }
    for (const inner of explainUnions(Value.Errors(objects[0] as TSchema, value)))
      yield { ...inner, path: error.path + inner.path }
  }
}

function describe(schema: TSchema, value: unknown, message: string): string {
  const allowed = (schema.anyOf as TSchema[] | undefined)?.map((member) => member.const)
  if (allowed?.length && allowed.every((option) => typeof option === 'string')) {
    const got = typeof value === 'string' ? `'${excerpt(value)}'` : JSON.stringify(value)
    return `must be one of ${allowed.map((option) => `'${option}'`).join(', ')}, got ${got}`
  }
  if (message === 'Unexpected property') return 'is not a known setting'
  return message
}
