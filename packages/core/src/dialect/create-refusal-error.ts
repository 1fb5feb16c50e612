import { ChatwireError, type ChatwireErrorOptions } from '../errors/chatwire-error'
import type { GatewayRefusal } from './dialect'

/** The vendor's own words for a refusal: its error `type`, `code` and verbatim body. */
export interface RefusalWording {
  type?: string | undefined
  code?: string | undefined
  raw?: unknown
}

/**
 * A gateway refusal as an error of its kind, status and message, with `Retry-After`. Without
 * `wording` it keeps the gateway's code (the plain refusal of an envelope with no words of its
 * own); with it, the vendor's fields replace the gateway's.
 */
export function createRefusalError(
  refusal: GatewayRefusal,
  wording: RefusalWording = { code: refusal.code },
): ChatwireError {
  const { kind, status, message } = refusal
  const options: ChatwireErrorOptions = { kind, status, message }
  if (refusal.retryAfter !== undefined) options.retryAfter = refusal.retryAfter
  if (wording.type !== undefined) options.type = wording.type
  if (wording.code !== undefined) options.code = wording.code
  if (wording.raw !== undefined) options.raw = wording.raw
  return new ChatwireError(options)
}
