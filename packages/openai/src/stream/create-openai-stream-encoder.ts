import type {
  ChatChunk,
  ChatError,
  ChatStreamEncoder,
  ChatStreamPart,
  EncodeStreamOptions,
  ExtensionPart,
  SseEvent,
} from '@chatwire/core'
import { encodeOpenAIErrorBody } from '../error/encode-openai-error'
import { type EncodeChunkOptions, encodeOpenAIChatChunk } from './encode-openai-chat-chunk'
import { createOpenAIToolCallOrder, type ToolCallOrder } from './order-openai-tool-calls'

export interface OpenAIStreamEncoderOptions extends EncodeStreamOptions {
  /** Maps a canonical chunk to the wire object (default: {@link encodeOpenAIChatChunk}). */
  encodeChunk?: (chunk: ChatChunk, defaults: EncodeChunkOptions) => unknown
  /** The in-stream error payload (default: OpenAI's `{"error":…}`). */
  encodeErrorPayload?: (error: ChatError) => unknown
  /** Extension parts this dialect can express (e.g. a `tool_status` event); others are dropped. */
  encodeExtension?: (part: ExtensionPart) => SseEvent | undefined
  /**
   * Stream parallel tool calls in OpenAI's order, each call whole and in index order, whatever
   * order the source used (see {@link createOpenAIToolCallOrder}): what the `openai` SDK's
   * `stream()` helper needs. Off by default: parts are then written exactly in the order given.
   */
  orderToolCalls?: boolean
}

const withoutUsage = (chunk: ChatChunk): ChatChunk => {
  const { usage: _usage, ...rest } = chunk
  return rest
}

const unordered = (write: (chunk: ChatChunk) => void): ToolCallOrder => ({
  push: write,
  flush() {},
})

/** The OpenAI-style stream writer: one `data:` event per chunk, `{"error":…}`, `[DONE]`. */
export function createOpenAIStreamEncoder(
  emit: (event: SseEvent) => void,
  options: OpenAIStreamEncoderOptions = {},
): ChatStreamEncoder {
  const encodeChunk = options.encodeChunk ?? encodeOpenAIChatChunk
  const encodeErrorPayload = options.encodeErrorPayload ?? encodeOpenAIErrorBody
  // With `include_usage`, OpenAI's other chunks carry `"usage": null` (openai/openai-openapi,
  // `ChatCompletionStreamOptions.include_usage`); dialects with their own chunk encoder decide.
  const nullUsage = options.includeUsage === true && options.encodeChunk === undefined
  let finished = false
  let defaults: EncodeChunkOptions | undefined

  const writeChunk = (chunk: ChatChunk) => {
    // A stream keeps one `created` and `model`, even when the source dialect sends none.
    defaults ??= {
      created: chunk.created ?? Math.floor(Date.now() / 1000),
      model: chunk.model ?? '',
    }
    const wire = encodeChunk(chunk, defaults) as Record<string, unknown>
    if (nullUsage && chunk.usage === undefined) wire.usage = null
    emit({ data: JSON.stringify(wire) })
  }
  const order = options.orderToolCalls
    ? createOpenAIToolCallOrder(writeChunk)
    : unordered(writeChunk)

  const push = (part: ChatStreamPart) => {
    if (finished) return
    switch (part.type) {
      case 'chunk':
        if (options.includeUsage === false && part.usage !== undefined) {
          if (part.choices.length === 0) return
          return order.push(withoutUsage(part))
        }
        return order.push(part)
      case 'extension': {
        const event = options.encodeExtension?.(part)
        if (event) emit(event)
        return
      }
      case 'error':
        finished = true
        order.flush()
        return emit({ data: JSON.stringify(encodeErrorPayload(part.error)) })
      case 'done':
        finished = true
        order.flush()
        return emit({ data: '[DONE]' })
    }
  }
  return {
    push,
    end() {
      if (!finished) order.flush()
    },
  }
}
