import { type ChatError, toChatError } from '@chatwire/core'
import type { InboundDialect } from '../inbound/inbound-dialect'

/** Any failure as an HTTP error response in the client's own dialect (status, envelope, headers). */
export function errorResponse(
  inbound: InboundDialect,
  failure: unknown,
  headers: Record<string, string> = {},
): Response {
  const error: ChatError = toChatError(failure)
  const encoded = inbound.codec.encodeError(error)
  const all: Record<string, string> = { ...encoded.headers, ...inbound.headers, ...headers }
  if (error.retryAfter !== undefined) all['retry-after'] = String(Math.ceil(error.retryAfter))
  return new Response(encoded.body, { status: encoded.status, headers: all })
}
