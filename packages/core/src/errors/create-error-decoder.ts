import type { Codec } from '../codec/codec'
import type { ChatError } from '../schema/chat-error'
import { parseRetryAfter } from './parse-retry-after'

/**
 * A codec's `decodeError` from its body reader. What a dialect's error body means differs; the
 * `Retry-After` headers mean the same everywhere, so they are read here, once.
 */
export function createErrorDecoder(
  decodeBody: (status: number, body: string) => ChatError,
): Codec['decodeError'] {
  return (status, body, headers) => {
    const error = decodeBody(status, body)
    const retryAfter = parseRetryAfter(headers)
    if (retryAfter !== undefined) error.retryAfter = retryAfter
    return error
  }
}
