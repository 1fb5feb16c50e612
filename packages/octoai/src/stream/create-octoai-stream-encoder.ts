import type {
  ChatChunk,
  ChatStreamEncoder,
  ChatStreamPart,
  EncodeStreamOptions,
  SseEvent,
} from '@chatwire/core'
import { createOpenAIStreamEncoder } from '@chatwire/openai/internal'
import { encodeOctoAIChatChunk } from './encode-octoai-chat-chunk'

const isUsageOnly = (chunk: ChatChunk) => chunk.choices.length === 0 && chunk.usage !== undefined
const hasFinish = (chunk: ChatChunk) => chunk.choices.some((choice) => choice.finishReason)

/**
 * Canonical parts → OctoAI SSE events. OctoAI puts usage on the last content chunk, not on a
 * chunk of its own (§6.4): a finishing chunk is held until the next part shows whether a
 * usage-only chunk (engine style) follows to merge into it. Content chunks are never held.
 *
 * A failed stream just ends: OctoML's server raises inside its SSE generator on an engine error,
 * so no error event and no `[DONE]` follow what was already sent (SOURCES.md). The client's
 * decoder reads the missing `[DONE]` as the failure.
 */
export function createOctoAIStreamEncoder(
  emit: (event: SseEvent) => void,
  options: EncodeStreamOptions = {},
): ChatStreamEncoder {
  const inner = createOpenAIStreamEncoder(emit, { ...options, encodeChunk: encodeOctoAIChatChunk })
  let failed = false
  let held: ChatChunk | undefined
  const flush = () => {
    if (held) inner.push(held)
    held = undefined
  }
  const push = (part: ChatStreamPart) => {
    if (failed) return
    if (part.type === 'error') {
      // What was sent stays sent (a held finishing chunk included); then the stream ends.
      flush()
      failed = true
      return
    }
    if (part.type === 'chunk' && held && isUsageOnly(part)) {
      inner.push({ ...held, usage: part.usage! })
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
      if (failed) return
      flush()
      inner.end()
    },
  }
}
