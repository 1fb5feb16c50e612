import type { SseEvent } from '@chatwire/core'
import { createSseParser, type SseParser } from './create-sse-parser'

/** Bytes or text in, dispatched events out: a thin wrapper over `createSseParser`. */
export function createSseDecoderStream(): TransformStream<Uint8Array | string, SseEvent> {
  let parser: SseParser
  return new TransformStream({
    start(controller) {
      parser = createSseParser({ onEvent: (event) => controller.enqueue(event) })
    },
    transform(chunk) {
      parser.feed(chunk)
    },
    flush() {
      parser.end()
    },
  })
}
