import { type ChatResponse, createChatStreamAggregator } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import {
  createElasticStreamDecoder,
  decodeElasticChunkPayload,
} from '../stream/create-elastic-stream-decoder'

/**
 * An Elastic "response": either a whole `_stream` transcript (SSE text, as ES sends it or
 * `encodeElasticChatResponse` writes it) or one chunk object, bare or `{"chat_completion": …}`.
 * The stream is aggregated; an `event: error`, malformed data or a missing `[DONE]` throws the
 * decoded error as a ChatwireError.
 */
export function decodeElasticChatResponse(body: unknown): ChatResponse {
  const aggregator = createChatStreamAggregator()
  if (typeof body !== 'string') {
    // Decoded as it is, not re-serialised: a body nested 100,000 deep must not overflow here.
    const part = decodeElasticChunkPayload(body)
    aggregator.push(part)
    if (part.type === 'chunk') aggregator.push({ type: 'done' })
    return aggregator.result()
  }
  const decoder = createElasticStreamDecoder((part) => aggregator.push(part))
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
  parser.feed(body)
  parser.end()
  decoder.end()
  return aggregator.result()
}
