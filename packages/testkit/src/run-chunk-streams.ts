import type { ChatStreamPart, SseEvent } from '@chatwire/core'
import { collectStream, createSseDecoderStream, streamFromIterable } from '@chatwire/sse'

/** Byte pieces read as a server's body: through the SSE decoder stream and a chunk decoder stream. */
export function decodeByteStream(
  pieces: Iterable<Uint8Array>,
  chunkDecoder: TransformStream<SseEvent, ChatStreamPart>,
): Promise<ChatStreamPart[]> {
  return collectStream(
    streamFromIterable(pieces).pipeThrough(createSseDecoderStream()).pipeThrough(chunkDecoder),
  )
}

/** Canonical parts through a chunk encoder stream, collected as the SSE events it writes. */
export function encodePartStream(
  parts: Iterable<ChatStreamPart>,
  chunkEncoder: TransformStream<ChatStreamPart, SseEvent>,
): Promise<SseEvent[]> {
  return collectStream(streamFromIterable(parts).pipeThrough(chunkEncoder))
}
