import { ChatwireError, type WireContext } from '@chatwire/core'
import type { Context } from 'hono'
import { readBodyText } from './read-body-text'

export interface WireRequest {
  body: unknown
  context: WireContext
}

/** The JSON body and what travels beside it (path parameters, query, lower-case headers). */
export async function readWireRequest(c: Context): Promise<WireRequest> {
  const text = await readBodyText(c.req.raw)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ChatwireError({
      kind: 'invalid_request',
      message:
        text.trim() === ''
          ? 'The request body is empty; expected JSON.'
          : 'The request body is not valid JSON.',
    })
  }
  const headers: Record<string, string> = {}
  c.req.raw.headers.forEach((value, name) => {
    headers[name] = value
  })
  return { body, context: { params: c.req.param(), query: c.req.query(), headers } }
}
