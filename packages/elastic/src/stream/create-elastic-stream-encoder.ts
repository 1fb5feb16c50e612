import type {
  ChatStreamEncoder,
  ChatStreamPart,
  EncodeStreamOptions,
  SseEvent,
} from '@chatwire/core'
import { encodeElasticUnifiedErrorBody } from '../error/encode-elastic-unified-error-body'
import { encodeElasticChatChunk } from './encode-elastic-chat-chunk'

/** `EncodeStreamOptions.variant` for the documented `{"chat_completion": …}` payloads. */
export const ELASTIC_WRAPPED_VARIANT = 'wrapped'

function encodePart(part: ChatStreamPart, wrapped: boolean): SseEvent | undefined {
  switch (part.type) {
    case 'chunk': {
      const chunk = encodeElasticChatChunk(part)
      return {
        event: 'message',
        data: JSON.stringify(wrapped ? { chat_completion: chunk } : chunk),
      }
    }
    case 'done':
      return { event: 'message', data: '[DONE]' }
    case 'error': {
      const body = encodeElasticUnifiedErrorBody(part.error, {
        code: 'stream_error',
        type: 'error',
      })
      return { event: 'error', data: JSON.stringify(body) }
    }
    case 'extension':
      // Only Elastic's own events have an Elastic form; others have no meaning to its clients.
      if (part.dialect !== 'elastic' || typeof part.data !== 'string') return undefined
      return { event: part.event, data: part.data }
  }
}

/**
 * Canonical parts → Elastic SSE events (framed with a BOM per event by the SSE writer, see
 * `ELASTIC_SSE_FRAMING`). Bare chunks as the server sends them, or wrapped with
 * `{ variant: 'wrapped' }`. An error part is one `event: error` and nothing after it, no `[DONE]`.
 * Usage chunks are always kept: ES always sends usage, so `includeUsage` does not apply.
 */
export function createElasticStreamEncoder(
  emit: (event: SseEvent) => void,
  options: EncodeStreamOptions = {},
): ChatStreamEncoder {
  const wrapped = options.variant === ELASTIC_WRAPPED_VARIANT
  let ended = false
  return {
    push(part: ChatStreamPart) {
      if (ended) return
      ended = part.type === 'done' || part.type === 'error'
      const event = encodePart(part, wrapped)
      if (event) emit(event)
    },
    end() {
      // A canonical stream always ends in a terminal part; without one, the client sees a
      // stream cut short, which is what happened. Nothing is invented here.
    },
  }
}
