import { assertMaxDepth, ChatwireError, compileSchema } from '@chatwire/core'
import { OpenAIChatRequest } from '../schema/openai-chat-request'
import { openAICompatibleFields } from '../schema/openai-compatible-fields'
import { toOpenAIInvalidRequest } from './assert-openai-errors'
import { checkOpenAIEnumFields } from './openai-enum-fields'

const COMPATIBLE_FIELDS = Object.keys(openAICompatibleFields)

const requestValidator = compileSchema(OpenAIChatRequest)

/** Checks a body as the OpenAI API would; throws an OpenAI-shaped 400 naming the field. */
export function assertOpenAIChatRequest(
  body: unknown,
  options: { refuseCompatibleFields?: boolean | undefined } = {},
): OpenAIChatRequest {
  // Before anything walks the body: 5,000 levels would overflow whatever recurses later.
  assertMaxDepth(body)
  if (options.refuseCompatibleFields) refuseCompatibleFields(body)
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
  checkOpenAIEnumFields(body as Record<string, unknown>)
  const problem = requestValidator.firstProblem(body) ?? {
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

/** api.openai.com knows none of the OpenAI-compatible extra fields, `null` or not. */
function refuseCompatibleFields(body: unknown): void {
  if (typeof body !== 'object' || body === null) return
  const field = COMPATIBLE_FIELDS.find((name) => Object.hasOwn(body, name))
  if (field === undefined) return
  throw toOpenAIInvalidRequest({
    path: field,
    reason: 'unknown',
    message: 'Unrecognized request argument',
    value: (body as Record<string, unknown>)[field],
  })
}
