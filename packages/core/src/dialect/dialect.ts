import type { TProperties } from '@sinclair/typebox'
import type { Codec, EncodedError, EncodedRequest, WireContext } from '../codec/codec'
import type { ChatwireError } from '../errors/chatwire-error'
import type { ChatRequest } from '../schema/chat-request'
import type { ExtensionPart } from '../schema/chat-stream-part'
import type { DialectExtension } from './define-extension'
import type { DialectDocs } from './dialect-docs'

/**
 * Everything one wire dialect is, owned by its package: the codec, how it is spoken over HTTP
 * (inbound endpoints and the upstream transport), its extension bags and their loss kinds, its
 * documentation and its emulator. The gateway, the OpenAPI generator and the emulator only
 * iterate dialects; none of them names one.
 */
export interface Dialect {
  /** Lower-case, URL- and label-safe (`[a-z][a-z0-9-]*`): config's `dialect`, metrics labels. */
  readonly name: string
  /** How people write it (`Acme AI`): documentation tags, log lines. */
  readonly title: string
  /** The dialect's codec; endpoints and upstreams may use variants of it. */
  readonly codec: Codec
  /** The chat endpoints a client of this dialect calls. */
  readonly endpoints: readonly DialectEndpoint[]
  /** Calling a server that speaks the dialect. */
  readonly upstream: UpstreamBinding
  /** The extension bags its decoders fill (`request.extensions[name]`). */
  readonly extensions: readonly DialectExtension[]
  /** The gateway's own refusals (a key's model, a rate limit, overload) as this vendor words them. */
  refuse(refusal: GatewayRefusal): ChatwireError
  /**
   * Request headers its SDKs send besides `authorization`, `content-type` and `accept` (a team
   * or client-meta header): a CORS preflight that names no headers is allowed these.
   */
  readonly clientHeaders?: readonly string[]
  /** What the OpenAPI generator documents. */
  readonly docs?: DialectDocs
  /** How the vendor's server behaves around the codec, for the emulator. */
  readonly emulator?: DialectEmulator
  /**
   * The gateway's embedded default: how the dialect's emulator is configured as an upstream
   * (base URL path, options) and the model names routed to it. The first registered dialect's
   * first upstream also takes every model no embedded route names (a last `*` route).
   */
  readonly embedded?: readonly EmbeddedUpstream[]
}

/** One chat endpoint of a dialect (a vendor may have several: serverless, dedicated, tool-assisted). */
export interface DialectEndpoint {
  /** Unique within the dialect (`chat`, `serverless`, …): log and metric labels, docs ids. */
  readonly id: string
  /** Decodes the endpoint's requests and encodes its answers. */
  readonly codec: Codec
  /** Paths the gateway serves it at, with `{param}` path parameters. */
  readonly gatewayPaths: readonly string[]
  /**
   * Errors on paths under this prefix (a wrong path, a refused request) are answered in this
   * endpoint's envelope; the longest matching prefix wins. A path under no endpoint's prefix is
   * answered by the first registered dialect's first endpoint (the gateway's fallback dialect).
   */
  readonly errorPrefix?: string
  /** `flag`: the body's `stream` decides; `always`: every answer is an event stream. */
  readonly streaming: 'flag' | 'always'
  /** What routes match on: the model, or a path parameter (an inference id). */
  routeKey(request: ChatRequest, context: WireContext): string
  /** The vendor's error for a route key no route matches (an unknown model). */
  noRoute(routeKey: string): ChatwireError
  /** What the route key is called in the gateway's own messages; default `model`. */
  readonly routeKeyName?: string
  /** Headers of a 200 event stream (content type, caching). */
  readonly streamHeaders: Readonly<Record<string, string>>
  /** Added to every response on this endpoint. */
  readonly headers: Readonly<Record<string, string>>
  /** The vendor's answer to a body that is not JSON at all (default: a plain 400). */
  rejectBody?(text: string, path: string): ChatwireError
  /** Stream parallel tool calls whole and in index order (the vendor's SDK relies on it). */
  readonly orderToolCalls?: boolean
  /** The stream encoder's `variant`, from the matched route's options. */
  streamVariant?(route: Readonly<Record<string, unknown>>): string | undefined
  /** Paths that only ever answer with an error (a non-stream path of a stream-only API). */
  readonly refusedPaths?: readonly RefusedPath[]
}

export interface RefusedPath {
  /** With `{param}` path parameters. */
  readonly path: string
  refuse(path: string): ChatwireError
}

/** The subset of an upstream's configuration every dialect reads, plus its own options. */
export interface UpstreamSettings {
  readonly dialect: string
  readonly baseURL: string
  readonly apiKey?: string | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly timeoutMs?: number | undefined
  readonly [option: string]: unknown
}

/** Where and how to send one encoded request. */
export interface UpstreamTarget {
  url: string
  headers: Record<string, string>
}

export interface UpstreamCall {
  stream: boolean
  /** The model after the route's rewrite. */
  model: string
}

/** The HTTP side of calling a server that speaks the dialect. */
export interface UpstreamBinding {
  /** Upstream configuration properties only this dialect reads (TypeBox, all optional). */
  readonly options?: TProperties
  /** Route configuration properties only this dialect reads (TypeBox, all optional). */
  readonly routeOptions?: TProperties
  /** False for stream-only dialects: a non-streaming client is served by aggregating. */
  readonly answersWithoutStream: boolean
  /** The codec to encode for (and decode from) this upstream; by default the dialect's. */
  codec?(upstream: UpstreamSettings): Codec
  /** A configuration problem the schema cannot see (an option that contradicts the base URL). */
  check?(upstream: UpstreamSettings): string | undefined
  /**
   * The id of the endpoint whose server this upstream is (a vendor with several products, each
   * taking other requests); by default the dialect's first.
   */
  endpoint?(upstream: UpstreamSettings): string
  target(upstream: UpstreamSettings, encoded: EncodedRequest, call: UpstreamCall): UpstreamTarget
}

/** A refusal of the gateway's own, before any upstream is called. */
export interface GatewayRefusal {
  reason: 'model-not-allowed' | 'rate-limited' | 'request-too-large' | 'unavailable' | 'overloaded'
  kind: 'permission' | 'rate_limit' | 'overloaded'
  status: 403 | 429 | 503
  message: string
  /** Seconds. */
  retryAfter?: number
  /** For rate limits: which limit (`requests`, `tokens`). */
  limit?: 'requests' | 'tokens'
  /**
   * The gateway's own error code (`gateway_overloaded`), kept by dialects whose envelope has a
   * `code` and that give the refusal no code of their own.
   */
  code?: string
}

/** What the emulator knows about a call before reading its body. */
export interface IncomingCall {
  method: string
  /** The URL path without the query. */
  path: string
  query: Record<string, string>
  /** Lower-case names, repeated headers joined with `, `. */
  headers: Record<string, string>
}

/** A call that reached one of the vendor's chat endpoints, in the emulator. */
export interface EmulatedRoute {
  /** The codec whose `decodeRequest` is this endpoint's validation. */
  codec: Codec
  /** Path parameters and query, handed to `decodeRequest`. */
  context: WireContext
  /** The path decides streaming; otherwise the body's `stream` flag does. */
  alwaysStream: boolean
  /** Usage is streamed whether or not the client asked. */
  alwaysUsage: boolean
}

/** A built-in tool the emulated vendor runs itself, as the emulator planned it. */
export interface EmulatedBuiltinRun {
  id: string
  name: string
  input: string
  failed: boolean
}

/**
 * The vendor-specific part of an emulator: paths, auth header form, answers that come before
 * the codec sees the body, response headers and dialect events. The rest is shared.
 */
export interface DialectEmulator {
  /** The chat endpoints, as documented (`{param}` for a path parameter). */
  readonly paths: readonly string[]
  /** `Content-Type` of a streamed answer. */
  readonly streamContentType: string
  /** Sent on every response. */
  readonly responseHeaders: Readonly<Record<string, string>>
  /** The endpoint for a call, or the vendor's answer to a wrong path or method. */
  route(call: IncomingCall): { route: EmulatedRoute } | { error: EncodedError }
  /** `undefined` when the call carries `apiKey` in the vendor's header form. */
  authenticate(call: IncomingCall, apiKey: string): EncodedError | undefined
  /** The vendor's answer to a body that is not JSON (or is empty). */
  rejectBody(call: IncomingCall, route: EmulatedRoute, text: string): EncodedError
  /** Dialect events that precede the answer (built-in tool runs). */
  leadingParts?(
    runs: readonly EmulatedBuiltinRun[],
    created: number,
    route: EmulatedRoute,
  ): ExtensionPart[]
}

/** One upstream of the gateway's embedded default, served by the dialect's emulator. */
export interface EmbeddedUpstream {
  /** The upstream's name in the config. */
  readonly name: string
  /** Appended to the emulator's URL (`/v1`). */
  readonly path: string
  /** The dialect's upstream options. */
  readonly options?: Readonly<Record<string, unknown>>
  /** Model names routed to it, with an optional rewrite. */
  readonly routes: readonly { readonly match: string; readonly model?: string }[]
  /** One line for the start-up banner: what the routes reach. */
  readonly note: string
}
