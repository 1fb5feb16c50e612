import { type ChatStreamPart, createChunkDecoderStream, type SseEvent } from '@chatwire/core'
import { openaiCodec } from '../openai-codec'

/** SSE events of an OpenAI stream → canonical parts (Web Streams face of the decoder). */
export function createOpenAIChunkDecoderStream(): TransformStream<SseEvent, ChatStreamPart> {
  return createChunkDecoderStream(openaiCodec)
}
