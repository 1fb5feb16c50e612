import type { ChatRequest, ChatwireError, Codec, WireContext } from '@chatwire/core'
import type { Dialect } from '../config/gateway-config'

/** How one inbound path answers: its codec, what routes match on, and its response headers. */
export interface InboundDialect {
  dialect: Dialect
  codec: Codec
  /** Routes match on this: the model, or for Elastic the `{inference_id}` path parameter. */
  routeKey(request: ChatRequest, context: WireContext): string
  /** The error for a route key no route matches, as the vendor words an unknown model. */
  noRoute(routeKey: string): ChatwireError
  /** Elastic's API is stream-only: every answer is an event stream. */
  streamsAlways: boolean
  /** Headers of a 200 event stream (content type, caching). */
  streamHeaders: Record<string, string>
  /** Added to every response on this path (Elastic: `x-elastic-product`). */
  headers: Record<string, string>
  /** The vendor's answer to a body that is not JSON at all (default: a plain 400). */
  rejectBody?(text: string, path: string): ChatwireError
}
