import {
  type ChatStreamPart,
  createChunkEncoderStream,
  type EncodeStreamOptions,
  type SseEvent,
} from '@chatwire/core'
import { openaiCodec } from '../openai-codec'

/** Canonical parts → OpenAI SSE events (Web Streams face of the encoder). */
export function createOpenAIChunkEncoderStream(
  options?: EncodeStreamOptions,
): TransformStream<ChatStreamPart, SseEvent> {
  return createChunkEncoderStream(openaiCodec, options)
}
