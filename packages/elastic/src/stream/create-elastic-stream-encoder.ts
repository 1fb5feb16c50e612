import type {
  ChatStreamEncoder,
  ChatStreamPart,
  EncodeStreamOptions,
  SseEvent,
} from '@chatwire/core'
import { encodeElasticUnifiedErrorBody } from '../error/encode-elastic-unified-error-body'
import type { ElasticChatChunk } from '../schema/elastic-chat-chunk'
import { ELASTIC_REASONING_DETAILS_EVENT } from './create-elastic-stream-decoder'
import { encodeElasticChatChunk } from './encode-elastic-chat-chunk'

type ReasoningDetails = { index: number; reasoning_details: Record<string, unknown>[] }

const isReasoningDetails = (
  part: ChatStreamPart,
): part is ChatStreamPart & { data: ReasoningDetails } =>
  part.type === 'extension' &&
  part.dialect === 'elastic' &&
  part.event === ELASTIC_REASONING_DETAILS_EVENT &&
  typeof part.data === 'object' &&
  part.data !== null &&
  Array.isArray((part.data as Partial<ReasoningDetails>).reasoning_details)

/** Puts held `reasoning_details` back into their choices' deltas, last key, as ES writes them. */
function attachReasoningDetails(chunk: ElasticChatChunk, held: ReasoningDetails[]): void {
  for (const { index, reasoning_details } of held) {
    const choice = chunk.choices.find((candidate) => candidate.index === index)
    if (choice) choice.delta.reasoning_details = reasoning_details
  }
}

/** `EncodeStreamOptions.variant` for the documented `{"chat_completion": …}` payloads. */
export const ELASTIC_WRAPPED_VARIANT = 'wrapped'

function encodePart(
  part: ChatStreamPart,
  wrapped: boolean,
  held: ReasoningDetails[],
): SseEvent | undefined {
  switch (part.type) {
    case 'chunk': {
      const chunk = encodeElasticChatChunk(part)
      if (held.length > 0) attachReasoningDetails(chunk, held.splice(0))
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
  // `reasoning_details` extension parts wait for the chunk they came with (the next one).
  const held: ReasoningDetails[] = []
  let ended = false
  return {
    push(part: ChatStreamPart) {
      if (ended) return
      if (isReasoningDetails(part)) {
        held.push(part.data)
        return
      }
      ended = part.type === 'done' || part.type === 'error'
      const event = encodePart(part, wrapped, held)
      if (event) emit(event)
    },
    end() {
      // A canonical stream always ends in a terminal part; without one, the client sees a
      // stream cut short, which is what happened. Nothing is invented here.
    },
  }
}
