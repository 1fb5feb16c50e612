import type { ChatResponse } from '@chatwire/core'
import { decodeOpenAIChatResponse } from '@chatwire/openai/internal'
import { decodeFriendliFinishReason } from '../map/map-friendli-finish-reason'

/**
 * An upstream Friendli `chat.completion` → canonical: the engine's reader (which takes
 * `reasoning_content`, reference §5.3) with Friendli's finish reasons. Throws a ChatwireError
 * (`upstream`) for a body that is not a chat completion.
 */
export function decodeFriendliChatResponse(body: unknown): ChatResponse {
  return decodeOpenAIChatResponse(body, {
    vendor: 'Friendli',
    decodeFinishReason: decodeFriendliFinishReason,
  })
}
