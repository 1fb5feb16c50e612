import { assertMaxDepth, compileSchema } from '@chatwire/core'
import { createOctoAIValidationError } from '../error/create-octoai-validation-error'
import { describeOctoAIValidationProblem } from '../error/describe-octoai-validation-problem'
import { OctoAIChatRequest } from '../schema/octoai-chat-request'

const validator = compileSchema(OctoAIChatRequest)

/**
 * Returns the body typed, or throws the 422 OctoAI's server answered (pydantic-style message,
 * naming the field). Unknown fields are ignored, as by OctoAI.
 */
export function assertOctoAIChatRequest(body: unknown): OctoAIChatRequest {
  // 5,000 levels in a tool's parameters would overflow the encoders later: refused first.
  assertMaxDepth(body)
  if (isObject(body) && body.tool_choice === 'none') {
    throw createOctoAIValidationError(
      'tool_choice',
      "Input should be 'auto' or 'required' (OctoAI has no 'none': leave the tools out)",
      'literal_error',
    )
  }
  if (!validator.check(body)) {
    const problem = validator.firstProblem(body)
    const { msg, type } = problem
      ? describeOctoAIValidationProblem(problem)
      : { msg: 'Invalid request body', type: 'value_error' }
    throw createOctoAIValidationError(problem?.path || undefined, msg, type)
  }
  // The spec says 0 to 20 without a bound in its schema; canonical needs a count (fuzz finding).
  if (body.top_logprobs != null && (body.top_logprobs < 0 || body.top_logprobs > 20)) {
    throw createOctoAIValidationError(
      'top_logprobs',
      'Input should be between 0 and 20',
      body.top_logprobs < 0 ? 'greater_than_equal' : 'less_than_equal',
    )
  }
  return body
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
