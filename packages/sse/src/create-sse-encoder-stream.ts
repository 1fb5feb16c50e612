import type { SseEvent, SseFraming } from '@chatwire/core'
import { formatSseEvent } from './format-sse-event'

/** Events in, UTF-8 bytes out, one chunk per event (so each is flushed as it comes). */
export function createSseEncoderStream(
  framing?: SseFraming,
): TransformStream<SseEvent, Uint8Array> {
  const encoder = new TextEncoder()
  return new TransformStream({
    transform(event, controller) {
      controller.enqueue(encoder.encode(formatSseEvent(event, framing)))
    },
  })
}
