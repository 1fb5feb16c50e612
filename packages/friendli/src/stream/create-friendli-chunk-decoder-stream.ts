import { type ChatStreamPart, createChunkDecoderStream, type SseEvent } from '@chatwire/core'
import { friendliCodec } from '../friendli-codec'

/** SSE events of a Friendli stream → canonical parts (Web Streams face of the decoder). */
export function createFriendliChunkDecoderStream(): TransformStream<SseEvent, ChatStreamPart> {
  return createChunkDecoderStream(friendliCodec)
}
