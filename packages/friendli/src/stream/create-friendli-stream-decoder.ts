import type { ChatStreamDecoder, ChatStreamPart } from '@chatwire/core'
import { createOpenAIStreamDecoder } from '@chatwire/openai/internal'
import { decodeFriendliChatChunk } from './decode-friendli-chat-chunk'
import {
  decodeFriendliStreamError,
  decodeFriendliStreamEvent,
} from './decode-friendli-stream-event'

/**
 * Friendli SSE events → canonical parts, one synchronous call per event: the engine's state machine
 * (`[DONE]`, JSON checks, end without terminator) with Friendli's chunks, errors and named
 * events. Token chunks arrive with or without `event: token` (reference §2 item 4).
 */
export function createFriendliStreamDecoder(
  emit: (part: ChatStreamPart) => void,
): ChatStreamDecoder {
  const decoder = createOpenAIStreamDecoder(emit, {
    vendor: 'Friendli',
    decodeChunk: decodeFriendliChatChunk,
    decodeNamedEvent: decodeFriendliStreamEvent,
    decodeErrorPayload: decodeFriendliStreamError,
  })
  return {
    push(event) {
      decoder.push(event.event === 'token' ? { data: event.data } : event)
    },
    end() {
      decoder.end()
    },
  }
}
