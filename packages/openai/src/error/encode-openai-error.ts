import type { ChatError, EncodedError, ErrorKind } from '@chatwire/core'
import type { OpenAIErrorBody } from '../schema/openai-error-body'

const TYPE_BY_KIND: Record<ErrorKind, string> = {
  invalid_request: 'invalid_request_error',
  authentication: 'authentication_error',
  permission: 'permission_error',
  not_found: 'invalid_request_error',
  conflict: 'invalid_request_error',
  request_too_large: 'invalid_request_error',
  unprocessable: 'invalid_request_error',
  rate_limit: 'rate_limit_error',
  internal: 'server_error',
  upstream: 'server_error',
  overloaded: 'server_error',
  timeout: 'server_error',
}

/** The `{error:{…}}` envelope; also what goes in a mid-stream `data:` line. */
export function encodeOpenAIErrorBody(error: ChatError): OpenAIErrorBody {
  return {
    error: {
      message: error.message,
      type: error.type ?? TYPE_BY_KIND[error.kind],
      param: error.param ?? null,
      code: error.code ?? null,
    },
  }
}

export function encodeOpenAIError(error: ChatError): EncodedError {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (error.retryAfter !== undefined) headers['retry-after'] = String(Math.ceil(error.retryAfter))
  return { status: error.status, headers, body: JSON.stringify(encodeOpenAIErrorBody(error)) }
}
