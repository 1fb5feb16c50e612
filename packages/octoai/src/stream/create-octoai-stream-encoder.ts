import type {
  ChatChunk,
  ChatStreamEncoder,
  ChatStreamPart,
  EncodeStreamOptions,
  SseEvent,
} from '@chatwire/core'
import { createOpenAIStreamEncoder } from '@chatwire/openai/internal'
import { encodeOctoAIErrorBody } from '../error/encode-octoai-error'
import { encodeOctoAIChatChunk } from './encode-octoai-chat-chunk'

const isUsageOnly = (chunk: ChatChunk) => chunk.choices.length === 0 && chunk.usage !== undefined
const hasFinish = (chunk: ChatChunk) => chunk.choices.some((choice) => choice.finishReason)

/**
 * Canonical parts → OctoAI SSE events. OctoAI puts usage on the last content chunk, not on a
 * chunk of its own (§6.4): a finishing chunk is held until the next part shows whether a
 * usage-only chunk (OpenAI style) follows to merge into it. Content chunks are never held.
 */
export function createOctoAIStreamEncoder(
  emit: (event: SseEvent) => void,
  options: EncodeStreamOptions = {},
): ChatStreamEncoder {
  const inner = createOpenAIStreamEncoder(emit, {
    ...options,
    encodeChunk: encodeOctoAIChatChunk,
    encodeErrorPayload: encodeOctoAIErrorBody,
  })
  let held: ChatChunk | undefined
  const flush = () => {
    if (held) inner.push(held)
    held = undefined
  }
  const push = (part: ChatStreamPart) => {
    if (part.type === 'chunk' && held && isUsageOnly(part)) {
      inner.push({ ...held, usage: part.usage })
      held = undefined
      return
    }
    flush()
    if (part.type === 'chunk' && part.usage === undefined && hasFinish(part)) held = part
    else inner.push(part)
  }
  return {
    push,
    end() {
      flush()
      inner.end()
    },
  }
}
