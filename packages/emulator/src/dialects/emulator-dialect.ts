import type { Codec, EncodedError, ExtensionPart, WireContext } from '@chatwire/core'
import type { ReplyPlan } from '../model/plan-reply'

export type DialectName = 'openai' | 'elastic' | 'octoai' | 'friendli'

/** What the HTTP layer knows about a call before reading its body. */
export interface IncomingCall {
  method: string
  /** The URL path without the query. */
  path: string
  query: Record<string, string>
  /** Lower-case names, repeated headers joined with `, `. */
  headers: Record<string, string>
}

/** A call that reached one of the vendor's chat endpoints. */
export interface DialectRoute {
  /** The codec whose `decodeRequest` is this endpoint's validation. */
  codec: Codec
  /** Path parameters and query, handed to `decodeRequest`. */
  context: WireContext
  /** The path decides streaming (Elastic `_stream`); otherwise the body's `stream` flag does. */
  alwaysStream: boolean
  /** Usage is streamed whether or not the client asked (Elastic). */
  alwaysUsage: boolean
}

export type RouteResult = { route: DialectRoute } | { error: EncodedError }

/**
 * The vendor-specific part of an emulator: paths, auth header form, error answers that happen
 * before the codec sees the body, response headers, and dialect events. The rest is shared.
 */
export interface EmulatorDialect {
  readonly name: DialectName
  /** The chat endpoints, as documented (`{inference_id}` for a path parameter). */
  readonly paths: readonly string[]
  /** `Content-Type` of a streamed answer. */
  readonly streamContentType: string
  /** Sent on every response (Elasticsearch's `X-elastic-product`, which its client checks). */
  readonly responseHeaders: Readonly<Record<string, string>>
  /** The endpoint for a call, or the vendor's answer to a wrong path or method. */
  route(call: IncomingCall): RouteResult
  /** `undefined` when the call carries `apiKey` in the vendor's header form. */
  authenticate(call: IncomingCall, apiKey: string): EncodedError | undefined
  /** The vendor's answer to a body that is not JSON (or is empty). */
  rejectBody(call: IncomingCall, route: DialectRoute, text: string): EncodedError
  /** Dialect events that precede the answer (Friendli `tool_status` for built-in tool runs). */
  leadingParts?(plan: ReplyPlan, route: DialectRoute): ExtensionPart[]
}
