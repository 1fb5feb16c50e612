import {
  type ChatError,
  type ChatStreamDecoder,
  type ChatStreamPart,
  compileSchema,
  excerpt,
  type SseEvent,
} from '@chatwire/core'
import { decodeElasticErrorPayload } from '../error/decode-elastic-error-payload'
import { parseJsonText } from '../error/parse-json-text'
import { ElasticChatChunk } from '../schema/elastic-chat-chunk'
import { decodeElasticChatChunk } from './decode-elastic-chat-chunk'

const elasticChatChunkValidator = compileSchema(ElasticChatChunk)

/** The extension event that carries a choice's `reasoning_details` (see the encoder). */
export const ELASTIC_REASONING_DETAILS_EVENT = 'reasoning_details'

function streamError(message: string, raw?: string): ChatError {
  const error: ChatError = { kind: 'upstream', status: 502, code: 'stream_error', message }
  if (raw !== undefined) error.raw = raw
  return error
}

/** Bare chunks (the server) and `{"chat_completion": …}` (the docs and seeds) both decode. */
function unwrap(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return payload
  const wrapped = (payload as { chat_completion?: unknown }).chat_completion
  return wrapped !== undefined && !('choices' in payload) ? wrapped : payload
}

const decodeFailure = (message: string, data: string): ChatStreamPart => ({
  type: 'error',
  error: streamError(message, data),
})

function decodeMessage(data: string, emit: (part: ChatStreamPart) => void): ChatStreamPart {
  if (data === '[DONE]') return { type: 'done' }
  const payload = parseJsonText(data)
  if (payload === undefined) {
    return decodeFailure(`Invalid JSON in Elastic stream event: ${excerpt(data)}`, data)
  }
  return decodeElasticChunkPayload(payload, data, emit)
}

/**
 * `delta.reasoning_details` (newer servers) has no canonical home: it travels as an `elastic`
 * extension part just before its chunk, so nothing is dropped silently and the Elastic encoder
 * can put it back (SOURCES.md, "Stream chunks").
 */
function emitReasoningDetails(chunk: ElasticChatChunk, emit: (part: ChatStreamPart) => void) {
  for (const choice of chunk.choices) {
    const details = choice.delta.reasoning_details
    if (details == null || details.length === 0) continue
    const data = { index: choice.index, reasoning_details: details }
    emit({ type: 'extension', dialect: 'elastic', event: ELASTIC_REASONING_DETAILS_EVENT, data })
  }
}

/**
 * The parsed `data` of one `message` event → a chunk, or the error part for an in-band error or
 * a malformed chunk. `raw` is what the error part keeps (the event text, or the payload).
 */
export function decodeElasticChunkPayload(
  payload: unknown,
  raw: unknown = payload,
  emit?: (part: ChatStreamPart) => void,
): ChatStreamPart {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    return { type: 'error', error: decodeElasticErrorPayload(payload) }
  }
  const chunk = unwrap(payload)
  if (elasticChatChunkValidator.check(chunk)) {
    if (emit) emitReasoningDetails(chunk, emit)
    return decodeElasticChatChunk(chunk)
  }
  const problem = elasticChatChunkValidator.firstProblem(chunk)
  const where = problem?.path ? ` at '${problem.path}'` : ''
  return {
    type: 'error',
    error: { ...streamError(`Invalid Elastic chunk${where}: ${problem?.message}`), raw },
  }
}

/**
 * Elastic SSE events → canonical parts, one call per event. `message` events carry chunks or
 * `[DONE]`; `event: error` ends the stream (ES sends no `[DONE]` after it, wire-formats.md §3.5).
 * Malformed data is a terminal error part, never patched over; so is a stream that ends
 * without `[DONE]`. Unknown event names pass through as `elastic` extension parts.
 */
export function createElasticStreamDecoder(
  emit: (part: ChatStreamPart) => void,
): ChatStreamDecoder {
  let ended = false
  const finish = (part: ChatStreamPart) => {
    ended = part.type === 'done' || part.type === 'error'
    emit(part)
  }
  return {
    push(event: SseEvent) {
      if (ended) return
      const name = event.event ?? 'message'
      if (name === 'message') return finish(decodeMessage(event.data, emit))
      if (name !== 'error') {
        return emit({ type: 'extension', dialect: 'elastic', event: name, data: event.data })
      }
      const payload = parseJsonText(event.data) ?? { error: event.data }
      finish({ type: 'error', error: decodeElasticErrorPayload(payload) })
    },
    end() {
      if (ended) return
      finish({ type: 'error', error: streamError('Elastic stream ended without [DONE]') })
    },
  }
}
