import { type ChatError, type ErrorKind, kindFromStatus } from '@chatwire/core'

// OpenAI codes that say more than the status does.
const KIND_BY_CODE: Record<string, ErrorKind> = {
  invalid_api_key: 'authentication',
  model_not_found: 'not_found',
  rate_limit_exceeded: 'rate_limit',
  insufficient_quota: 'rate_limit',
  context_length_exceeded: 'invalid_request',
  server_error: 'internal',
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** Parses a body as JSON when it is JSON; returns the text otherwise. */
export function parseErrorBody(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return body
  }
}

export function parseRetryAfter(headers: Record<string, string> | undefined): number | undefined {
  const value = headers?.['retry-after']
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/**
 * `{error:{message,type,param,code}}` (or a stream's `{"error":…}` payload) → ChatError.
 * `status` is the HTTP status, or 500 for an in-stream error that has none.
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
  const message = asString(fields.message) ?? (typeof error === 'string' ? error : fallbackMessage)
  const kind = (code && KIND_BY_CODE[code]) || kindFromStatus(status)
  const result: ChatError = { kind, status, message, raw: parsed }
  if (param !== undefined) result.param = param
  if (code !== undefined) result.code = code
  if (type !== undefined) result.type = type
  return result
}

/** An HTTP error response from an OpenAI-compatible server → ChatError (tolerates any body). */
export function decodeOpenAIError(
  status: number,
  body: string,
  headers?: Record<string, string>,
): ChatError {
  const fallback = body.trim() === '' ? `HTTP ${status}` : body.trim().slice(0, 1000)
  const error = decodeOpenAIErrorObject(parseErrorBody(body), status, fallback)
  const retryAfter = parseRetryAfter(headers)
  if (retryAfter !== undefined) error.retryAfter = retryAfter
  return error
}
