import { type ChatStreamPart, createChunkDecoderStream, type SseEvent } from '@chatwire/core'
import { elasticCodec } from '../elastic-codec'

/** SSE events of an Elastic `_stream` response → canonical parts. */
export function createElasticChunkDecoderStream(): TransformStream<SseEvent, ChatStreamPart> {
  return createChunkDecoderStream(elasticCodec)
}
