import {
  ChatwireError,
  compileSchema,
  type FieldProblem,
  findTaggedProblem,
  type Validator,
} from '@chatwire/core'
import { Type } from '@sinclair/typebox'
import { OPENAI_MESSAGE_SCHEMAS } from '../schema/openai-chat-message'
import { OpenAIChatRequest } from '../schema/openai-chat-request'
import { toOpenAIInvalidRequest } from './to-openai-invalid-request'

const requestValidator = compileSchema(OpenAIChatRequest)

// For a precise path, re-check the parts whose unions TypeBox reports only as a whole.
const shellValidator = compileSchema(
  Type.Object(
    {
      ...OpenAIChatRequest.properties,
      messages: Type.Array(Type.Unknown(), { minItems: 1 }),
      tools: Type.Optional(Type.Array(Type.Unknown())),
    },
    { additionalProperties: false },
  ),
)
const messageValidators = Object.fromEntries(
  Object.entries(OPENAI_MESSAGE_SCHEMAS).map(([role, schema]) => [role, compileSchema(schema)]),
) as Record<string, Validator<unknown>>
const toolValidators = Object.fromEntries(
  OpenAIChatRequest.properties.tools.items.anyOf.map((schema) => [
    schema.properties.type.const,
    compileSchema(schema),
  ]),
) as Record<string, Validator<unknown>>

function findProblem(body: unknown): FieldProblem | undefined {
  if (!shellValidator.check(body)) return shellValidator.firstProblem(body)
  const request = body as { messages: unknown[]; tools?: unknown[] }
  for (const [index, message] of request.messages.entries()) {
    const problem = findTaggedProblem(message, 'role', messageValidators, `messages[${index}]`)
    if (problem) return problem
  }
  for (const [index, tool] of (request.tools ?? []).entries()) {
    const problem = findTaggedProblem(tool, 'type', toolValidators, `tools[${index}]`)
    if (problem) return problem
  }
  return requestValidator.firstProblem(body)
}

/** Checks a body as the OpenAI API would; throws an OpenAI-shaped 400 naming the field. */
export function validateOpenAIChatRequest(body: unknown): OpenAIChatRequest {
  if (requestValidator.check(body)) return checkStreamOptions(body)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw toOpenAIInvalidRequest({
      path: '',
      reason: 'type',
      message: 'Expected object',
      value: body,
      expected: 'object',
    })
  }
  const problem = findProblem(body) ?? {
    path: '',
    reason: 'value',
    message: 'Invalid request body',
    value: body,
  }
  throw toOpenAIInvalidRequest(problem)
}

/** The API refuses stream options on a request that does not stream. */
function checkStreamOptions(body: OpenAIChatRequest): OpenAIChatRequest {
  if (body.stream_options != null && body.stream !== true) {
    throw new ChatwireError({
      kind: 'invalid_request',
      message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      type: 'invalid_request_error',
      param: 'stream_options',
      code: 'invalid_value',
    })
  }
  return body
}
