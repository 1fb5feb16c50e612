import type {
  ChatStreamEncoder,
  EncodeStreamOptions,
  ExtensionPart,
  SseEvent,
} from '@chatwire/core'
import { createOpenAIStreamEncoder } from '@chatwire/openai/internal'
import { encodeFriendliErrorBody } from '../error/encode-friendli-error'
import { encodeFriendliChatChunk } from './encode-friendli-chat-chunk'

/**
 * Canonical parts → Friendli SSE events: the engine's writer with Friendli chunks, the
 * `{"message","error"}` in-stream error and Friendli extension parts (`tool_status`) as named
 * events. Other dialects' extension parts are dropped. `variant: 'token'` names every chunk
 * event `token`, as the tool-assisted OpenAPI describes it; the default sends bare `data:`.
 */
export function createFriendliStreamEncoder(
  emit: (event: SseEvent) => void,
  options: EncodeStreamOptions = {},
): ChatStreamEncoder {
  let chunkEvent = false
  const write =
    options.variant === 'token'
      ? (event: SseEvent) => emit(chunkEvent ? { event: 'token', data: event.data } : event)
      : emit
  const encoder = createOpenAIStreamEncoder(write, {
    ...options,
    encodeChunk: encodeFriendliChatChunk,
    encodeErrorPayload: encodeFriendliErrorBody,
    encodeExtension: encodeFriendliExtensionPart,
  })
  return {
    push(part) {
      chunkEvent = part.type === 'chunk'
      encoder.push(part)
    },
    end() {
      encoder.end()
    },
  }
}

function encodeFriendliExtensionPart(part: ExtensionPart): SseEvent | undefined {
  if (part.dialect !== 'friendli') return undefined
  const data = typeof part.data === 'string' ? part.data : JSON.stringify(part.data)
  return { event: part.event, data }
}
