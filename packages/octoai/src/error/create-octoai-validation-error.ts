import { ChatwireError } from '@chatwire/core'

/**
 * What OctoAI's FastAPI server answers for a body it rejects: HTTP 422 with a pydantic-style
 * `msg`, and its error `type` (`missing`, `less_than_equal`…) as the ChatError `code`, so that
 * other dialects keep their own error type (e.g. `invalid_request_error`).
 * `encodeOctoAIError` renders it as `{"detail":[{loc, msg, type}]}`.
 */
export function createOctoAIValidationError(
  param: string | undefined,
  msg: string,
  code = 'value_error',
): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    status: 422,
    message: msg,
    code,
    ...(param ? { param } : {}),
  })
}
