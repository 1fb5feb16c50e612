import { ChatwireError } from '@chatwire/core'

/** The request body as JSON; an empty or malformed body is the client's 400. */
export function parseRequestJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ChatwireError({
      kind: 'invalid_request',
      message:
        text.trim() === ''
          ? 'The request body is empty; expected JSON.'
          : 'The request body is not valid JSON.',
    })
  }
}
