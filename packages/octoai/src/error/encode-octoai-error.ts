import type { ChatError, EncodedError, ErrorKind } from '@chatwire/core'
import type { OctoAIErrorBody, OctoAIValidationError } from '../schema/octoai-error-body'
import { encodeOctoAIErrorLocation } from './map-octoai-error-location'
import {
  octoaiErrorBodyValidator as errorBodyValidator,
  octoaiValidationErrorValidator as validationErrorValidator,
} from './octoai-error-validators'

/** `type` of the `{"object":"error"}` envelope per kind; the spec shows only `internal_error`. */
const TYPE_BY_KIND = {
  invalid_request: 'invalid_request_error',
  authentication: 'authentication_error',
  permission: 'permission_error',
  not_found: 'not_found_error',
  conflict: 'conflict_error',
  request_too_large: 'request_too_large_error',
  unprocessable: 'unprocessable_entity_error',
  rate_limit: 'rate_limit_error',
  internal: 'internal_error',
  upstream: 'upstream_error',
  overloaded: 'overloaded_error',
  timeout: 'timeout_error',
} as const satisfies Record<ErrorKind, string>

/**
 * ChatError → the HTTP error OctoAI would send. A validation problem (status 422, or a bad
 * request naming a field without a vendor code) becomes FastAPI's `{"detail":[…]}` with 422;
 * everything else the `{"object":"error",…}` envelope with the error's own status.
 */
export function encodeOctoAIError(error: ChatError): EncodedError {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (error.retryAfter !== undefined) headers['retry-after'] = String(Math.ceil(error.retryAfter))
  if (isValidationProblem(error)) {
    return { status: 422, headers, body: JSON.stringify(validationBody(error)) }
  }
  return { status: error.status, headers, body: JSON.stringify(encodeOctoAIErrorBody(error)) }
}

function isValidationProblem(error: ChatError): boolean {
  if (error.status === 422) return true
  const fieldError = error.kind === 'invalid_request' || error.kind === 'unprocessable'
  return fieldError && error.param !== undefined && error.code === undefined
}

function validationBody(error: ChatError): OctoAIValidationError {
  // A decoded OctoAI 422 may list several problems: send them all again, as they came.
  if (validationErrorValidator.check(error.raw) && error.raw.detail?.length) return error.raw
  const item = {
    loc: encodeOctoAIErrorLocation(error.param),
    msg: error.message,
    type: error.code ?? 'value_error',
  }
  return { detail: [item] }
}

/** The `{"object":"error",…}` envelope; also what a mid-stream error event carries. */
export function encodeOctoAIErrorBody(error: ChatError): OctoAIErrorBody {
  if (errorBodyValidator.check(error.raw) && error.raw.message === error.message) return error.raw
  return {
    object: 'error',
    message: error.message,
    type: error.type ?? TYPE_BY_KIND[error.kind],
    param: error.param ?? null,
    code: error.code ?? null,
  }
}
