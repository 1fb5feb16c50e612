import type { FieldProblem } from '@chatwire/core'

interface PydanticProblem {
  msg: string
  type: string
}

type Rule = [RegExp, (match: RegExpMatchArray) => PydanticProblem]

// TypeBox's messages → the `type`/`msg` pydantic (behind OctoAI's FastAPI server) reports.
const RULES: Rule[] = [
  [/^Expected required property$/, () => ({ type: 'missing', msg: 'Field required' })],
  [
    /^Expected (?:number|integer) to be less or equal to (.+)$/,
    ([, limit]) => ({
      type: 'less_than_equal',
      msg: `Input should be less than or equal to ${limit}`,
    }),
  ],
  [
    /^Expected (?:number|integer) to be greater or equal to (.+)$/,
    ([, limit]) => ({
      type: 'greater_than_equal',
      msg: `Input should be greater than or equal to ${limit}`,
    }),
  ],
  [
    /^Expected (?:number|integer) to be greater than (.+)$/,
    ([, limit]) => ({ type: 'greater_than', msg: `Input should be greater than ${limit}` }),
  ],
  [
    /^Expected (?:number|integer) to be less than (.+)$/,
    ([, limit]) => ({ type: 'less_than', msg: `Input should be less than ${limit}` }),
  ],
  [
    /^Expected array length to be less or equal to (\d+)$/,
    ([, limit]) => ({ type: 'too_long', msg: `List should have at most ${limit} items` }),
  ],
  [/^Expected integer$/, () => ({ type: 'int_type', msg: 'Input should be a valid integer' })],
  [/^Expected number$/, () => ({ type: 'float_type', msg: 'Input should be a valid number' })],
  [/^Expected string$/, () => ({ type: 'string_type', msg: 'Input should be a valid string' })],
  [/^Expected boolean$/, () => ({ type: 'bool_type', msg: 'Input should be a valid boolean' })],
  [/^Expected array$/, () => ({ type: 'list_type', msg: 'Input should be a valid list' })],
  [/^Expected object$/, () => ({ type: 'dict_type', msg: 'Input should be a valid dictionary' })],
  [/^Expected (.+)$/, ([, value]) => ({ type: 'literal_error', msg: `Input should be ${value}` })],
]

/** A schema problem in the words OctoAI's server would use. */
export function describeOctoAIValidationProblem(problem: FieldProblem): PydanticProblem {
  if (problem.message === 'Expected union value') {
    return { type: 'value_error', msg: 'Input matches none of the allowed forms' }
  }
  for (const [pattern, describe] of RULES) {
    const match = problem.message.match(pattern)
    if (match) return describe(match)
  }
  return { type: 'value_error', msg: problem.message }
}
