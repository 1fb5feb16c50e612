import { describe, expect, it } from 'vitest'
import { describeOctoAIValidationProblem } from './describe-octoai-validation-problem'

describe('describeOctoAIValidationProblem', () => {
  it.each([
    ['Expected required property', 'missing', 'Field required'],
    [
      'Expected number to be less or equal to 2',
      'less_than_equal',
      'Input should be less than or equal to 2',
    ],
    [
      'Expected integer to be greater or equal to 1',
      'greater_than_equal',
      'Input should be greater than or equal to 1',
    ],
    ['Expected number to be greater than 0', 'greater_than', 'Input should be greater than 0'],
    [
      'Expected array length to be less or equal to 128',
      'too_long',
      'List should have at most 128 items',
    ],
    ['Expected integer', 'int_type', 'Input should be a valid integer'],
    ['Expected number', 'float_type', 'Input should be a valid number'],
    ['Expected string', 'string_type', 'Input should be a valid string'],
    ['Expected boolean', 'bool_type', 'Input should be a valid boolean'],
    ['Expected array', 'list_type', 'Input should be a valid list'],
    ['Expected object', 'dict_type', 'Input should be a valid dictionary'],
    ["Expected 'function'", 'literal_error', "Input should be 'function'"],
    ['Expected union value', 'value_error', 'Input matches none of the allowed forms'],
    ['Unexpected property', 'value_error', 'Unexpected property'],
  ])('%s → %s', (message, type, msg) => {
    expect(
      describeOctoAIValidationProblem({ path: 'x', reason: 'value', message, value: 0 }),
    ).toEqual({ type, msg })
  })
})
