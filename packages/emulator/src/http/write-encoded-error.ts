import type { ServerResponse } from 'node:http'
import type { ChatError, EncodedError } from '@chatwire/core'

/**
 * Sends an error exactly as the codec encoded it, plus the dialect's response headers and a
 * `Retry-After` from the error when the codec did not write one.
 */
export function writeEncodedError(
  response: ServerResponse,
  encoded: EncodedError,
  extraHeaders: Readonly<Record<string, string>>,
  error?: ChatError,
): void {
  const headers: Record<string, string> = { ...extraHeaders, ...encoded.headers }
  const hasRetryAfter = Object.keys(headers).some((name) => name.toLowerCase() === 'retry-after')
  if (error?.retryAfter !== undefined && !hasRetryAfter) {
    headers['retry-after'] = String(error.retryAfter)
  }
  headers['content-length'] = String(Buffer.byteLength(encoded.body))
  response.writeHead(encoded.status, headers)
  response.end(encoded.body)
}
