import { ChatwireError } from '@chatwire/core'
import type { InboundDialect } from '../dialects/inbound-dialect'

/** The request body as JSON; an empty or malformed body is the client's 400, as its vendor words it. */
export function parseRequestJson(text: string, inbound: InboundDialect, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    if (inbound.rejectBody) throw inbound.rejectBody(text, path)
    throw new ChatwireError({
      kind: 'invalid_request',
      message:
        text.trim() === ''
          ? 'The request body is empty; expected JSON.'
          : 'The request body is not valid JSON.',
    })
  }
}
