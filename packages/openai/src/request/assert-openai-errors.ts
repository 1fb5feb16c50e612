import { ChatwireError, excerpt, excerptJson, type FieldProblem } from '@chatwire/core'

const TYPE_NAMES: Record<string, string> = {
  number: 'a decimal',
  integer: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal'
  return `a ${typeof value}`
}

/** Phrases a validation problem the way the OpenAI API does (message, `param`, `code`). */
export function toOpenAIInvalidRequest(problem: FieldProblem): ChatwireError {
  // A path holds the client's keys: quoted, like values, as an excerpt only.
  const param = excerpt(problem.path)
  const fail = (message: string, code: string | undefined, withParam = true) =>
    new ChatwireError({
      kind: 'invalid_request',
      message,
      type: 'invalid_request_error',
      ...(withParam && param !== '' ? { param } : {}),
      ...(code ? { code } : {}),
    })
  switch (problem.reason) {
    case 'missing':
      return fail(`Missing required parameter: '${param}'.`, 'missing_required_parameter')
    case 'unknown':
      return param.includes('.') || param.includes('[')
        ? fail(`Unrecognized parameter: '${param}'.`, 'unknown_parameter')
        : fail(`Unrecognized request argument supplied: ${param}`, undefined, false)
    case 'type':
      if (param === '') {
        return fail(
          `The request body must be a JSON object, but got ${typeOf(problem.value)} instead.`,
          'invalid_type',
        )
      }
      return fail(
        `Invalid type for '${param}': expected ${TYPE_NAMES[problem.expected ?? ''] ?? 'one of the documented types'}, but got ${typeOf(problem.value)} instead.`,
        'invalid_type',
      )
    case 'range': {
      const above =
        typeof problem.value === 'number' &&
        problem.limit !== undefined &&
        problem.value > problem.limit
      const kind = Array.isArray(problem.value)
        ? 'array'
        : typeof problem.value === 'string'
          ? 'string'
          : 'value'
      return fail(
        `Invalid '${param}': ${kind} ${above ? 'above maximum' : 'below minimum'} value. Expected a value ${above ? '<=' : '>='} ${problem.limit}, but got ${excerptJson(problem.value)} instead.`,
        above ? 'value_above_maximum' : 'value_below_minimum',
      )
    }
    case 'value':
      return fail(
        `Invalid value for '${param}': ${excerptJson(problem.value)}. ${problem.message}.`,
        'invalid_value',
      )
  }
}
