import type { ChatError, WireContext } from '@chatwire/core'
import type { AbortLink } from './abort-link'

/**
 * One inbound request, independent of the server that received it: the Node fast path
 * (`node:http`) and the portable `fetch` app build the same call, so one handler serves both.
 */
export interface InboundCall {
  method: string
  /** The path without the query string. */
  path: string
  /** Lower-case names. */
  headers: Record<string, string>
  /** Path parameters (an `inference_id`) and the query's first values. */
  params: Record<string, string>
  query: Record<string, string>
  /** Aborted when the client disconnects before the answer ended. */
  client: AbortLink
  /**
   * The body, at most `limit` bytes (413 past it, without reading the rest); every byte is
   * first taken from `budget` (503 when the gateway holds too many bodies at once).
   */
  readBody(limit: number, budget?: BodyBudget): Promise<string>
}

/** Body bytes the gateway may still hold (policy/create-admission.ts). */
export interface BodyBudget {
  take(bytes: number): boolean
}

/** A pull source of the answer's text: `undefined` once it has ended. */
export interface AnswerStream {
  next(): Promise<string | undefined>
  /** The client left: stop reading upstream, release everything. */
  cancel(): void
  /**
   * The gateway ends the stream now (drain deadline): `error` becomes the client dialect's
   * in-stream error event, then the stream ends; the upstream request is cancelled.
   */
  interrupt?(error: ChatError): void
}

/** What the handler answers, written by the server that received the call. */
export type GatewayAnswer =
  | { status: number; headers: Record<string, string>; body: string }
  | { status: number; headers: Record<string, string>; stream: AnswerStream }

/** The call's wire context for a codec's `decodeRequest`. */
export function wireContextOf(call: InboundCall): WireContext {
  return { params: call.params, query: call.query, headers: call.headers }
}
