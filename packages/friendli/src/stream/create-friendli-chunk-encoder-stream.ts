import {
  type ChatStreamPart,
  createChunkEncoderStream,
  type EncodeStreamOptions,
  type SseEvent,
} from '@chatwire/core'
import { friendliCodec } from '../friendli-codec'

/**
 * Canonical parts → Friendli SSE events (Web Streams face of the encoder); `variant: 'token'`
 * names every chunk event `token`, as the tool-assisted endpoint sends them.
 */
export function createFriendliChunkEncoderStream(
  options?: EncodeStreamOptions,
): TransformStream<ChatStreamPart, SseEvent> {
  return createChunkEncoderStream(friendliCodec, options)
}
