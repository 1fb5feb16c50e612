import {
  type ChatError,
  createErrorDecoder,
  type ErrorKind,
  EXCERPT_LENGTH,
  excerpt,
  kindFromStatus,
  UPSTREAM_MESSAGE_LENGTH,
} from '@chatwire/core'

// OpenAI codes that say more than the status does. A Map: a code is upstream text, and
// `constructor` must not find Object.prototype's.
const KIND_BY_CODE = new Map<string, ErrorKind>([
  ['invalid_api_key', 'authentication'],
  ['model_not_found', 'not_found'],
  ['rate_limit_exceeded', 'rate_limit'],
  ['insufficient_quota', 'rate_limit'],
  ['context_length_exceeded', 'invalid_request'],
  ['server_error', 'internal'],
])

// Identifiers from an upstream are echoed to clients: short excerpts only.
const asString = (value: unknown) =>
  typeof value === 'string' ? excerpt(value, EXCERPT_LENGTH) : undefined

/** Parses a body as JSON when it is JSON; returns the text otherwise. */
export function parseErrorBody(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return body
  }
}

/**
 * `{error:{message,type,param,code}}` (or a stream's `{"error":…}` payload) → ChatError.
 * `status` is the HTTP status, or 500 for an in-stream error that has none. The upstream's
 * message is kept up to {@link UPSTREAM_MESSAGE_LENGTH} characters.
 */
export function decodeOpenAIErrorObject(
  parsed: unknown,
  status: number,
  fallbackMessage: string,
): ChatError {
  const error =
    typeof parsed === 'object' && parsed !== null
      ? (parsed as { error?: unknown }).error
      : undefined
  const fields =
    typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {}
  const code = asString(fields.code)
  const type = asString(fields.type)
  const param = asString(fields.param)
  const text = typeof fields.message === 'string' ? fields.message : error
  const message =
    typeof text === 'string' ? excerpt(text, UPSTREAM_MESSAGE_LENGTH) : fallbackMessage
  const kind = (code !== undefined && KIND_BY_CODE.get(code)) || kindFromStatus(status)
  const result: ChatError = { kind, status, message, raw: parsed }
  if (param !== undefined) result.param = param
  if (code !== undefined) result.code = code
  if (type !== undefined) result.type = type
  return result
}

/** An HTTP error response from an OpenAI-compatible server → ChatError (tolerates any body). */
export const decodeOpenAIError = createErrorDecoder((status, body) => {
  const text = body.trim()
  const fallback = text === '' ? `HTTP ${status}` : excerpt(text, UPSTREAM_MESSAGE_LENGTH)
  return decodeOpenAIErrorObject(parseErrorBody(body), status, fallback)
})
