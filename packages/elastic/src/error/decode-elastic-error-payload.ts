import {
  type ChatError,
  EXCERPT_LENGTH,
  excerpt,
  excerptJson,
  kindFromStatus,
  UPSTREAM_MESSAGE_LENGTH,
} from '@chatwire/core'
import { decodeElasticStatusName } from './map-elastic-status-name'
import { parseElasticUpstreamStatus } from './parse-elastic-upstream-status'

type Fields = Pick<ChatError, 'message' | 'code' | 'type' | 'param'>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** Reads the unified `{error:{message}}`, the ES `{error:{reason,root_cause}}` and `{error:"…"}`. */
function readFields(payload: unknown): Fields | undefined {
  if (!isObject(payload)) return undefined
  const { error } = payload
  if (typeof error === 'string') return { message: excerpt(error, UPSTREAM_MESSAGE_LENGTH) }
  if (!isObject(error)) return undefined
  const rootCause = Array.isArray(error.root_cause) ? error.root_cause[0] : undefined
  const message =
    text(error.message) ??
    text(error.reason) ??
    (isObject(rootCause) ? text(rootCause.reason) : undefined)
  if (message === undefined) return undefined
  // An upstream's message is kept to a bound; its identifiers to an excerpt.
  const fields: Fields = { message: excerpt(message, UPSTREAM_MESSAGE_LENGTH) }
  for (const key of ['code', 'type', 'param'] as const) {
    const value = text(error[key])
    if (value !== undefined) fields[key] = excerpt(value, EXCERPT_LENGTH)
  }
  return fields
}

/** In a stream there is no HTTP status: the ES envelope's `status`, else the code's, else 502. */
function inStreamStatus(payload: unknown, fields: Fields): number {
  const status = isObject(payload) ? payload.status : undefined
  if (typeof status === 'number' && status >= 400 && status <= 599) return status
  return decodeElasticStatusName(fields.code) ?? 502
}

/**
 * A parsed Elastic error body (any of the three envelopes) → ChatError. `status` is the HTTP
 * status it came with (none for an `event: error` mid-stream); a 400 that names a provider 5xx
 * (`status [503]` in the message) gets that status back, best effort.
 */
export function decodeElasticErrorPayload(payload: unknown, httpStatus?: number): ChatError {
  const fields = readFields(payload) ?? { message: excerptJson(payload, UPSTREAM_MESSAGE_LENGTH) }
  const status = httpStatus ?? inStreamStatus(payload, fields)
  const upstream = status === 400 ? parseElasticUpstreamStatus(fields.message) : undefined
  const effective = upstream !== undefined && upstream >= 500 ? upstream : status
  return { kind: kindFromStatus(effective), status: effective, ...fields, raw: payload }
}
