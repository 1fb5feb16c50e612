import { type ChatStreamPart, createChunkDecoderStream, type SseEvent } from '@chatwire/core'
import { octoaiCodec } from '../octoai-codec'

/** SSE events of an OctoAI stream → canonical parts (Web Streams face of the decoder). */
export function createOctoAIChunkDecoderStream(): TransformStream<SseEvent, ChatStreamPart> {
  return createChunkDecoderStream(octoaiCodec)
}
