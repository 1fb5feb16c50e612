import { createErrorDecoder } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import { decodeElasticErrorPayload } from './decode-elastic-error-payload'
import { parseJsonText } from './parse-json-text'

/** The `data` of the first event of an SSE body, when the body is one. */
function readSseData(body: string): string | undefined {
  let data: string | undefined
  const parser = createSseParser({
    onEvent(event) {
      data ??= event.data
    },
  })
  parser.feed(body)
  parser.feed('\n\n')
  parser.end()
  return data
}

/**
 * An Elasticsearch error response → ChatError. Accepts the SSE-framed unified error
 * (`text/event-stream`, one `event: error`), the ES JSON envelope, the plain-string form, and
 * anything else as text. A 400 naming a provider 5xx (`status [503]`) decodes as that status.
 */
export const decodeElasticError = createErrorDecoder((status, body) => {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart()
  const isJson = trimmed.startsWith('{')
  const payloadText = isJson ? trimmed : readSseData(body)
  const payload = payloadText === undefined ? undefined : parseJsonText(payloadText)
  // The payload reader cuts the message to its bound.
  const error = decodeElasticErrorPayload(payload ?? { error: trimmed || `HTTP ${status}` }, status)
  if (payload === undefined) error.raw = body
  return error
})
