import type { ChatError, ChatStreamDecoder, ChatStreamPart } from '@chatwire/core'
import { createOpenAIStreamDecoder, type OpenAIChatChunk } from '@chatwire/openai/internal'
import { decodeOctoAIErrorBody } from '../error/decode-octoai-error'
import type { OctoAIChatChunk } from '../schema/octoai-chat-chunk'
import { decodeOctoAIChatChunk } from './decode-octoai-chat-chunk'

/**
 * OctoAI's mid-stream error format is unconfirmed (§6.5): its own `{"object":"error",…}`
 * envelope, FastAPI's `{"detail":…}` and the engine's `{"error":…}` are all taken as errors.
 */
function decodeOctoAIStreamError(payload: Record<string, unknown>): ChatError | undefined {
  if (payload.object !== 'error' && payload.error == null && payload.detail == null)
    return undefined
  return decodeOctoAIErrorBody(payload, 500, 'OctoAI reported an error mid-stream')
}

/** OctoAI SSE events → canonical parts: the shared engine's machine with OctoAI's chunks. */
export function createOctoAIStreamDecoder(emit: (part: ChatStreamPart) => void): ChatStreamDecoder {
  const rolesSeen = new Set<number>()
  return createOpenAIStreamDecoder(emit, {
    vendor: 'OctoAI',
    decodeChunk: (wire: OpenAIChatChunk) =>
      decodeOctoAIChatChunk(wire as unknown as OctoAIChatChunk, rolesSeen),
    decodeErrorPayload: decodeOctoAIStreamError,
  })
}
