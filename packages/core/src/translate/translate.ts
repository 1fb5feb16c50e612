import type { Codec, EncodedError, EncodeStreamOptions, WireContext } from '../codec/codec'
import type { ChatRequest } from '../schema/chat-request'
import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { Loss } from '../schema/loss'
import type { SseEvent } from '../schema/sse-event'

export interface TranslatedRequest {
  request: ChatRequest
  body: unknown
  context: WireContext
  losses: Loss[]
}

/** Wire request of `from` → canonical → wire request of `to`. Throws a ChatwireError on bad input. */
export function translateRequest(
  body: unknown,
  from: Codec,
  to: Codec,
  context?: WireContext,
): TranslatedRequest {
  const request = from.decodeRequest(body, context)
  const encoded = to.encodeRequest(
    request,
    request.stream === undefined ? {} : { stream: request.stream },
  )
  return { request, body: encoded.body, context: encoded.context, losses: encoded.losses }
}

/** Wire response of `from` → canonical → wire response of `to`. */
export function translateResponse(body: unknown, from: Codec, to: Codec) {
  return to.encodeResponse(from.decodeResponse(body))
}

/** An upstream error (status + raw body) of `from`, re-expressed in `to`'s envelope. */
export function translateError(
  status: number,
  body: string,
  from: Codec,
  to: Codec,
  headers?: Record<string, string>,
): EncodedError {
  return to.encodeError(from.decodeError(status, body, headers))
}

/**
 * One fused transform: each SSE event of `from` is decoded and re-encoded for `to`
 * synchronously, with no canonical stream stage in between (DESIGN.md, "Fast by construction").
 */
export function translateStream(
  from: Codec,
  to: Codec,
  options?: EncodeStreamOptions,
): TransformStream<SseEvent, SseEvent> {
  let decoder: ReturnType<Codec['createStreamDecoder']>
  let encoder: ReturnType<Codec['createStreamEncoder']>
  return new TransformStream({
    start(controller) {
      encoder = to.createStreamEncoder((event) => controller.enqueue(event), options)
      decoder = from.createStreamDecoder((part: ChatStreamPart) => encoder.push(part))
    },
    transform(event) {
      decoder.push(event)
    },
    flush() {
      decoder.end()
      encoder.end()
    },
  })
}
