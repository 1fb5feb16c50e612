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
