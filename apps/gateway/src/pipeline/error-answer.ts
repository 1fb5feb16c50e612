import { type ChatError, ChatwireError, excerpt, toChatError } from '@chatwire/core'
import type { InboundDialect } from '../dialects/inbound-dialect'
import { LocalFailure } from '../failures/local-failure'
import type { GatewayAnswer } from '../http/gateway-call'
import type { Redactor } from '../secrets/create-redactor'

/** Longest error message sent to a client (an upstream's own message is cut here). */
const MAX_ERROR_MESSAGE_CHARS = 2000
/** `Retry-After` forwarded to clients: whole seconds in this range. */
const MAX_FORWARDED_RETRY_AFTER_SECONDS = 3600

const keep: Redactor = (text) => text

/**
 * Any failure as an HTTP error answer in the client's own dialect (status, envelope, headers):
 * its message bounded and redacted, `Retry-After` as clamped whole seconds. Anything that is
 * not a ChatwireError is the gateway's own failure and says so without its JavaScript text.
 */
export function errorAnswer(
  inbound: InboundDialect,
  failure: unknown,
  headers: Record<string, string> = {},
  redact: Redactor = keep,
): GatewayAnswer & { body: string } {
  const error = clientFacing(failure, redact)
  const encoded = encodeSafely(inbound, error)
  const all: Record<string, string> = { ...encoded.headers, ...inbound.headers, ...headers }
  const retryAfter = forwardedRetryAfter(error.retryAfter)
  if (retryAfter !== undefined) all['retry-after'] = retryAfter
  return { status: encoded.status, headers: all, body: encoded.body }
}

/** The error as a client may see it: a ChatwireError, a ChatError part, or a local failure. */
export function clientFacing(failure: unknown, redact: Redactor = keep): ChatError {
  const thrown = failure instanceof LocalFailure ? failure.error : failure
  const error = ChatwireError.isInstance(thrown)
    ? toChatError(thrown)
    : isChatError(thrown)
      ? { ...thrown }
      : toChatError(LocalFailure.from(thrown, 'answer').error)
  error.message = excerpt(redact(error.message), MAX_ERROR_MESSAGE_CHARS)
  if (error.raw !== undefined) error.raw = redactRaw(error.raw, redact)
  return error
}

/** Whole seconds in [0, 3600]; `undefined` for a value that is not a number. */
export function forwardedRetryAfter(seconds: number | undefined): string | undefined {
  if (seconds === undefined || Number.isNaN(seconds)) return undefined
  return String(Math.min(MAX_FORWARDED_RETRY_AFTER_SECONDS, Math.max(0, Math.ceil(seconds))))
}

/**
 * The dialect's envelope; an upstream body kept in `raw` (bounded, but possibly nested deep
 * enough to overflow a serialiser) is dropped rather than let the error path itself fail.
 */
function encodeSafely(inbound: InboundDialect, error: ChatError) {
  try {
    return inbound.codec.encodeError(error)
  } catch {
    const { raw: _dropped, ...plain } = error
    return inbound.codec.encodeError(plain)
  }
}

function redactRaw(raw: unknown, redact: Redactor): unknown {
  if (redact === keep) return raw
  let text: string | undefined
  try {
    text = JSON.stringify(raw)
  } catch {
    return undefined
  }
  if (text === undefined) return raw
  const redacted = redact(text)
  if (redacted === text) return raw
  try {
    return JSON.parse(redacted)
  } catch {
    return undefined
  }
}

/** A plain {@link ChatError} (a stream's error part), not something thrown. */
function isChatError(value: unknown): value is ChatError {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false
  const candidate = value as Partial<ChatError>
  return (
    typeof candidate.kind === 'string' &&
    typeof candidate.status === 'number' &&
    typeof candidate.message === 'string'
  )
}
