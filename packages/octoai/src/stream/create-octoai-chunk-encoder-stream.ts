import {
  type ChatStreamPart,
  createChunkEncoderStream,
  type EncodeStreamOptions,
  type SseEvent,
} from '@chatwire/core'
import { octoaiCodec } from '../octoai-codec'

/** Canonical parts → OctoAI SSE events (Web Streams face of the encoder). */
export function createOctoAIChunkEncoderStream(
  options?: EncodeStreamOptions,
): TransformStream<ChatStreamPart, SseEvent> {
  return createChunkEncoderStream(octoaiCodec, options)
}
