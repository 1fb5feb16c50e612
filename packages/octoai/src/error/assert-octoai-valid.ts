import type { Validator } from '@chatwire/core'
import { createOctoAIValidationError } from './create-octoai-validation-error'
import { describeOctoAIValidationProblem } from './describe-octoai-validation-problem'

/** Returns the body typed, or throws the 422 OctoAI would answer, naming the field. */
export function assertOctoAIValid<T>(validator: Validator<T>, value: unknown): T {
  if (validator.check(value)) return value
  const problem = validator.firstProblem(value)
  const { msg, type } = problem
    ? describeOctoAIValidationProblem(problem)
    : { msg: 'Invalid request body', type: 'value_error' }
  throw createOctoAIValidationError(problem?.path || undefined, msg, type)
}
