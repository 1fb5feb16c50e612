import { type ChatResponse, createChatStreamAggregator } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import { createElasticStreamDecoder } from '../stream/create-elastic-stream-decoder'

/**
 * An Elastic "response": either a whole `_stream` transcript (SSE text, as ES sends it or
 * `encodeElasticChatResponse` writes it) or one chunk object, bare or `{"chat_completion": …}`.
 * The stream is aggregated; an `event: error`, malformed data or a missing `[DONE]` throws the
 * decoded error as a ChatwireError.
 */
export function decodeElasticChatResponse(body: unknown): ChatResponse {
  const aggregator = createChatStreamAggregator()
  const decoder = createElasticStreamDecoder((part) => aggregator.push(part))
  if (typeof body === 'string') {
    const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
    parser.feed(body)
    parser.end()
  } else {
    decoder.push({ event: 'message', data: JSON.stringify(body) })
    decoder.push({ event: 'message', data: '[DONE]' })
  }
  decoder.end()
  return aggregator.result()
}
