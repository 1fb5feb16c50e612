import type { ChatError, EncodedError, ErrorKind } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import type { ElasticStandardErrorBody } from '../schema/elastic-error-body'
import {
  ELASTIC_RESPONSE_HEADERS,
  ELASTIC_SSE_FRAMING,
  ELASTIC_STREAM_HEADERS,
} from '../stream/elastic-sse-framing'
import { encodeElasticUnifiedErrorBody } from './encode-elastic-unified-error-body'
import { encodeElasticStatusName } from './map-elastic-status-name'
import { parseElasticUpstreamStatus } from './parse-elastic-upstream-status'
import { readElasticStandardEnvelope } from './read-elastic-standard-envelope'

export interface EncodeElasticErrorOptions {
  /** Named in the message of a provider 5xx, as ES does; `unknown` when not given. */
  inferenceId?: string
}

/** ES exception names for errors that did not come with a vendor `type`. */
const TYPE_BY_KIND: Partial<Record<ErrorKind, string>> = {
  not_found: 'resource_not_found_exception',
  permission: 'security_exception',
  internal: 'runtime_exception',
  upstream: 'error',
  overloaded: 'error',
  timeout: 'error',
}

/** A failed login to ES itself (not a provider's 401, which carries the provider's `type`). */
const isSecurityError = (error: ChatError) =>
  error.kind === 'authentication' &&
  (error.type === undefined || error.type === 'security_exception')

// The security layer answers before the inference action: a plain ES envelope, JSON.
function encodeSecurityError(error: ChatError): EncodedError {
  const cause = { type: 'security_exception', reason: error.message }
  const body: ElasticStandardErrorBody = { error: { root_cause: [cause], ...cause }, status: 401 }
  return {
    status: 401,
    headers: {
      'content-type': 'application/json',
      'www-authenticate':
        'Basic realm="security", charset="UTF-8", Bearer realm="security", ApiKey',
      ...ELASTIC_RESPONSE_HEADERS,
    },
    body: JSON.stringify(body),
  }
}

/**
 * An error ES renders as its standard envelope: a request validation failure inside the stream
 * (`ServerSentEventsRestActionListener.errorChunk`), anything else — a body the parser rejects —
 * as JSON from the REST layer before any stream (`RestController`).
 */
function encodeStandardError(envelope: ElasticStandardErrorBody): EncodedError {
  const body = JSON.stringify(envelope)
  if (envelope.error.type === 'action_request_validation_exception') {
    const event = { event: 'error', data: body }
    return {
      status: envelope.status,
      headers: { ...ELASTIC_STREAM_HEADERS },
      body: formatSseEvent(event, ELASTIC_SSE_FRAMING),
    }
  }
  const headers = { 'content-type': 'application/json', ...ELASTIC_RESPONSE_HEADERS }
  return { status: envelope.status, headers, body }
}

/** ES's own exceptions are snake_case `…_exception` types; a gateway bug is `internal`. */
const isElasticOwn = (error: ChatError) =>
  error.type === undefined ? error.kind === 'internal' : error.type.endsWith('_exception')

/** ES returns a provider 5xx as 400 and keeps the status only in the message (§3.5). */
function toElasticStatus(error: ChatError, options: EncodeElasticErrorOptions) {
  if (error.status < 500) return { status: error.status }
  if (parseElasticUpstreamStatus(error.message) !== undefined) return { status: 400 }
  if (isElasticOwn(error)) return { status: error.status }
  const entity = options.inferenceId ?? 'unknown'
  const message = `Received a server error status code for request from inference entity id [${entity}] status [${error.status}]. Error message: [${error.message}]`
  return { status: 400, message }
}

/**
 * ChatError → the response Elasticsearch sends before a stream starts: the status, then
 * `text/event-stream` with one BOM-prefixed `event: error` carrying the unified body, and no
 * `[DONE]`. Exception: an `authentication` error without a vendor type (or typed
 * `security_exception`) is a failed login to ES itself, which its security layer answers with
 * the plain JSON envelope (`security_exception`, `root_cause`, `status: 401`). A provider's 401
 * keeps its type and goes out as the unified SSE error, as ES relays it.
 */
export function encodeElasticError(
  error: ChatError,
  options: EncodeElasticErrorOptions = {},
): EncodedError {
  if (isSecurityError(error)) return encodeSecurityError(error)
  const envelope = readElasticStandardEnvelope(error)
  if (envelope) return encodeStandardError(envelope)
  const { status, message } = toElasticStatus(error, options)
  const body = encodeElasticUnifiedErrorBody(error, {
    code: encodeElasticStatusName(status),
    type: TYPE_BY_KIND[error.kind] ?? 'status_exception',
    ...(message === undefined ? {} : { message }),
  })
  const headers: Record<string, string> = { ...ELASTIC_STREAM_HEADERS }
  if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter)
  const event = { event: 'error', data: JSON.stringify(body) }
  return { status, headers, body: formatSseEvent(event, ELASTIC_SSE_FRAMING) }
}
