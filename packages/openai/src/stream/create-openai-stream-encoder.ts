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

export interface OpenAIStreamEncoderOptions extends EncodeStreamOptions {
  /** Maps a canonical chunk to the wire object (default: {@link encodeOpenAIChatChunk}). */
  encodeChunk?: (chunk: ChatChunk, defaults: EncodeChunkOptions) => unknown
  /** The in-stream error payload (default: OpenAI's `{"error":…}`). */
  encodeErrorPayload?: (error: ChatError) => unknown
  /** Extension parts this dialect can express (e.g. Friendli `tool_status`); others are dropped. */
  encodeExtension?: (part: ExtensionPart) => SseEvent | undefined
}

const withoutUsage = (chunk: ChatChunk): ChatChunk => {
  const { usage: _usage, ...rest } = chunk
  return rest
}

/** The OpenAI-style stream writer: one `data:` event per chunk, `{"error":…}`, `[DONE]`. */
export function createOpenAIStreamEncoder(
  emit: (event: SseEvent) => void,
  options: OpenAIStreamEncoderOptions = {},
): ChatStreamEncoder {
  const encodeChunk = options.encodeChunk ?? encodeOpenAIChatChunk
  const encodeErrorPayload = options.encodeErrorPayload ?? encodeOpenAIErrorBody
  let finished = false
  let defaults: EncodeChunkOptions | undefined

  const writeChunk = (chunk: ChatChunk) => {
    // A stream keeps one `created` and `model`, even when the source dialect sends none (Elastic).
    defaults ??= {
      created: chunk.created ?? Math.floor(Date.now() / 1000),
      model: chunk.model ?? '',
    }
    emit({ data: JSON.stringify(encodeChunk(chunk, defaults)) })
  }

  const push = (part: ChatStreamPart) => {
    if (finished) return
    switch (part.type) {
      case 'chunk':
        if (options.includeUsage === false && part.usage !== undefined) {
          if (part.choices.length === 0) return
          return writeChunk(withoutUsage(part))
        }
        return writeChunk(part)
      case 'extension': {
        const event = options.encodeExtension?.(part)
        if (event) emit(event)
        return
      }
      case 'error':
        finished = true
        return emit({ data: JSON.stringify(encodeErrorPayload(part.error)) })
      case 'done':
        finished = true
        return emit({ data: '[DONE]' })
    }
  }
  return { push, end() {} }
}
