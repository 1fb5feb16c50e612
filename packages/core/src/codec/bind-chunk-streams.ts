import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { SseEvent } from '../schema/sse-event'
import type { Codec, EncodeStreamOptions } from './codec'
import { createChunkDecoderStream, createChunkEncoderStream } from './stream-transforms'

/** A codec's two Web-Streams factories, bound to it. */
export interface ChunkStreamFactories {
  /** SSE events in, canonical parts out. */
  createDecoderStream(): TransformStream<SseEvent, ChatStreamPart>
  /** Canonical parts in, SSE events out. */
  createEncoderStream(options?: EncodeStreamOptions): TransformStream<ChatStreamPart, SseEvent>
}

/**
 * Binds {@link createChunkDecoderStream} and {@link createChunkEncoderStream} to one codec, so a
 * codec package exports them under its wire's names (`create<Wire>ChunkDecoderStream`, …).
 */
export function bindChunkStreams(codec: Codec): ChunkStreamFactories {
  return {
    createDecoderStream: () => createChunkDecoderStream(codec),
    createEncoderStream: (options) => createChunkEncoderStream(codec, options),
  }
}
