import { ChatwireError } from '@chatwire/core'
import type { ElasticStandardErrorBody } from '../schema/elastic-error-body'

/** A body ES's own parser rejects: `x_content_parse_exception`, as the server names it. */
export function elasticParseError(message: string, param?: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    status: 400,
    code: 'bad_request',
    type: 'x_content_parse_exception',
    message,
    ...(param ? { param } : {}),
  })
}

/**
 * A body ES 8.18 parses but cannot serve (a free-string `role` or `type` no provider knows).
 * ES would fail later, at the provider; chatwire fails early with the field path.
 */
export function elasticUnsupportedError(message: string, param: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    status: 400,
    code: 'bad_request',
    type: 'status_exception',
    message,
    param,
  })
}

/**
 * An error Elasticsearch renders as its standard envelope, status 400 (`root_cause` = the
 * exception itself, `caused_by` = its chain). The envelope travels as `raw`, which
 * `encodeElasticError` writes back verbatim: JSON for the REST layer, SSE for a validation.
 */
export function elasticEnvelopeError(
  cause: { type: string; reason: string; caused_by?: Record<string, unknown> },
  param?: string,
): ChatwireError {
  const { type, reason, caused_by } = cause
  const body: ElasticStandardErrorBody = {
    error: { root_cause: [{ type, reason }], type, reason, ...(caused_by ? { caused_by } : {}) },
    status: 400,
  }
  return new ChatwireError({
    kind: 'invalid_request',
    status: 400,
    type,
    message: reason,
    ...(param ? { param } : {}),
    raw: body,
  })
}

/**
 * The answer Elasticsearch's REST layer gives a body that is not JSON at all, before any parser
 * of the inference plugin runs: a missing body is `parse_exception` "request body is required"
 * (`RestRequest.requiredContent`); malformed JSON is `x_content_parse_exception` (Jackson's error
 * translated by `JsonXContentParser`), both in ES's standard JSON envelope with status 400.
 * Jackson's own wording of the syntax error is not reproduced: the reason names the path.
 */
export function rejectElasticBody(text: string, path: string): ChatwireError {
  if (text.trim() === '')
    return elasticEnvelopeError({ type: 'parse_exception', reason: 'request body is required' })
  return elasticEnvelopeError({
    type: 'x_content_parse_exception',
    reason: `[1:1] Failed to parse the request body of [${path}]: not valid JSON`,
  })
}
