import type { ChatStreamPart, Codec, EncodeStreamOptions, SseEvent } from '@chatwire/core'
import { createSseParser, formatSseEvent } from '@chatwire/sse'

/** Feeds raw bytes (in pieces of `pieceSize`, or whole) through the SSE parser and the codec. */
export function decodeBytes(
  codec: Codec,
  bytes: Uint8Array,
  pieceSize = bytes.length,
): ChatStreamPart[] {
  const parts: ChatStreamPart[] = []
  const decoder = codec.createStreamDecoder((part) => parts.push(part))
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
  const size = Math.max(1, pieceSize)
  for (let offset = 0; offset < bytes.length; offset += size)
    parser.feed(bytes.subarray(offset, offset + size))
  parser.end()
  decoder.end()
  return parts
}

/** Canonical parts → the codec's SSE bytes, framed as the dialect frames them. */
export function encodeParts(
  codec: Codec,
  parts: ChatStreamPart[],
  options?: EncodeStreamOptions,
): Uint8Array {
  const events: SseEvent[] = []
  const encoder = codec.createStreamEncoder((event) => events.push(event), options)
  for (const part of parts) encoder.push(part)
  encoder.end()
  const text = events.map((event) => formatSseEvent(event, codec.framing)).join('')
  return new TextEncoder().encode(text)
}
