import type { ChatRequest, ChatwireError, Codec, GatewayRefusal, WireContext } from '@chatwire/core'

/**
 * One chat endpoint of a registered dialect as the gateway serves it: its codec, what routes
 * match on, its headers and how it words the gateway's own refusals. Built once per app from
 * the dialect registry (`create-inbound-dialects.ts`).
 */
export interface InboundDialect {
  /** The dialect's name: the `inbound` log field and metrics label. */
  readonly dialect: string
  /** The endpoint's id within its dialect. */
  readonly endpoint: string
  readonly codec: Codec
  /** Routes match on this: the model, or a path parameter. */
  routeKey(request: ChatRequest, context: WireContext): string
  /** The field a route key that is too long is reported as: its path parameter, or `model`. */
  readonly routeKeyField: string
  /** How the gateway's own messages name a route key (`model`, `inference endpoint`). */
  readonly routeKeyName: string
  /** The error for a route key no route matches, as the vendor words an unknown model. */
  noRoute(routeKey: string): ChatwireError
  /** Every answer is an event stream (a stream-only API). */
  readonly streamsAlways: boolean
  /** Headers of a 200 event stream (content type, caching). */
  readonly streamHeaders: Readonly<Record<string, string>>
  /** Added to every response on this endpoint. */
  readonly headers: Readonly<Record<string, string>>
  /** The vendor's answer to a body that is not JSON at all (default: a plain 400). */
  rejectBody?(text: string, path: string): ChatwireError
  /** Stream parallel tool calls whole and in index order. */
  readonly orderToolCalls: boolean
  /** The stream encoder's `variant` for the matched route. */
  streamVariant?(route: Readonly<Record<string, unknown>>): string | undefined
  /** The gateway's own refusal (a key's model or limit, overload) in the vendor's words. */
  refuse(refusal: GatewayRefusal): ChatwireError
}
