import { type ChatChunk, isJsonObject } from '@chatwire/core'
import { decodeOpenAIChatChunk, type OpenAIChatChunk } from '@chatwire/openai/internal'
import { decodeFriendliFinishReason, isFriendliUnfinished } from '../map/map-friendli-finish-reason'

/**
 * A parsed Friendli chunk → canonical: the engine's mapper (it reads `reasoning_content`), after
 * the string `"null"` finish reason is read as JSON null (reference §5.4). Mutates `wire`,
 * which the stream decoder parsed and owns.
 */
export function decodeFriendliChatChunk(wire: OpenAIChatChunk): ChatChunk {
  // Only objects are patched; anything else is left for the engine's reader to reject by path.
  for (const choice of wire.choices as unknown[]) {
    if (isJsonObject(choice) && isFriendliUnfinished(choice.finish_reason as string | null)) {
      choice.finish_reason = null
    }
  }
  return decodeOpenAIChatChunk(wire, { decodeFinishReason: decodeFriendliFinishReason })
}
