import type { ChatStreamPart, Codec, EncodeStreamOptions, SseEvent } from '@chatwire/core'
import { createSseParser, formatSseEvent } from '@chatwire/sse'

/** `bytes` in pieces of `size` (at least 1), so events and BOMs are split across reads. */
export function splitBytes(bytes: Uint8Array, size: number): Uint8Array[] {
  const step = Math.max(1, size)
  const pieces: Uint8Array[] = []
  for (let offset = 0; offset < bytes.length; offset += step)
    pieces.push(bytes.subarray(offset, offset + step))
  return pieces
}

/** Feeds raw bytes (in pieces of `pieceSize`, or whole) through the SSE parser and the codec. */
export function decodeBytes(
  codec: Codec,
  bytes: Uint8Array,
  pieceSize = bytes.length,
): ChatStreamPart[] {
  const parts: ChatStreamPart[] = []
  const decoder = codec.createStreamDecoder((part) => parts.push(part))
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
  for (const piece of splitBytes(bytes, pieceSize)) parser.feed(piece)
  parser.end()
  decoder.end()
  return parts
}

/** The parts a codec's stream decoder emits for these events, then the end of the stream. */
export function decodeEvents(codec: Codec, ...events: SseEvent[]): ChatStreamPart[] {
  const parts: ChatStreamPart[] = []
  const decoder = codec.createStreamDecoder((part) => parts.push(part))
  for (const event of events) decoder.push(event)
  decoder.end()
  return parts
}

/** The SSE events a codec's stream encoder writes for these parts, then the end of the stream. */
export function encodeEvents(
  codec: Pick<Codec, 'createStreamEncoder'>,
  parts: readonly ChatStreamPart[],
  options?: EncodeStreamOptions,
): SseEvent[] {
  const events: SseEvent[] = []
  const encoder = codec.createStreamEncoder((event) => events.push(event), options)
  for (const part of parts) encoder.push(part)
  encoder.end()
  return events
}

/** Canonical parts → the codec's SSE bytes, framed as the dialect frames them. */
export function encodeParts(
  codec: Codec,
  parts: ChatStreamPart[],
  options?: EncodeStreamOptions,
): Uint8Array {
  const events = encodeEvents(codec, parts, options)
  const text = events.map((event) => formatSseEvent(event, codec.framing)).join('')
  return new TextEncoder().encode(text)
}
