import {
  type ChatStreamPart,
  createChunkEncoderStream,
  type EncodeStreamOptions,
  type SseEvent,
} from '@chatwire/core'
import { elasticCodec } from '../elastic-codec'

/** Canonical parts → Elastic SSE events; frame them with `ELASTIC_SSE_FRAMING`. */
export function createElasticChunkEncoderStream(
  options?: EncodeStreamOptions,
): TransformStream<ChatStreamPart, SseEvent> {
  return createChunkEncoderStream(elasticCodec, options)
}
