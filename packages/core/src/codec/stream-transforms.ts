import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { SseEvent } from '../schema/sse-event'
import type { Codec, EncodeStreamOptions } from './codec'

/** Web-Streams face of a codec's synchronous decoder: SSE events in, canonical parts out. */
export function createChunkDecoderStream(codec: Codec): TransformStream<SseEvent, ChatStreamPart> {
  let decoder: ReturnType<Codec['createStreamDecoder']>
  return new TransformStream({
    start(controller) {
      decoder = codec.createStreamDecoder((part) => controller.enqueue(part))
    },
    transform(event) {
      decoder.push(event)
    },
    flush() {
      decoder.end()
    },
  })
}

/** Web-Streams face of a codec's synchronous encoder: canonical parts in, SSE events out. */
export function createChunkEncoderStream(
  codec: Codec,
  options?: EncodeStreamOptions,
): TransformStream<ChatStreamPart, SseEvent> {
  let encoder: ReturnType<Codec['createStreamEncoder']>
  return new TransformStream({
    start(controller) {
      encoder = codec.createStreamEncoder((event) => controller.enqueue(event), options)
    },
    transform(part) {
      encoder.push(part)
    },
    flush() {
      encoder.end()
    },
  })
}
