import type { ChatError } from '../schema/chat-error'
import type { ChatRequest } from '../schema/chat-request'
import type { ChatResponse } from '../schema/chat-response'
import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { Loss } from '../schema/loss'
import type { SseEvent } from '../schema/sse-event'

/** What travels beside a body on the wire: path parameters, query string, headers (lower-case names). */
export interface WireContext {
  params?: Record<string, string>
  query?: Record<string, string>
  headers?: Record<string, string>
}

export interface Encoded<Body = unknown> {
  body: Body
  /** Everything the target dialect could not say. Never dropped silently. */
  losses: Loss[]
}

export interface EncodedRequest<Body = unknown> extends Encoded<Body> {
  /** Path parameters, query and headers the request needs (e.g. an inference endpoint id in the path). */
  context: WireContext
}

/** An error ready to be sent as an HTTP response in the dialect's envelope. */
export interface EncodedError {
  status: number
  headers: Record<string, string>
  body: string
}

export interface EncodeRequestOptions {
  /** Encode for a streaming call (`stream: true` where the dialect has the flag). */
  stream?: boolean | undefined
}

export interface EncodeStreamOptions {
  /** Dialect-specific framing switch, e.g. a documented wrapper object around each chunk. */
  variant?: string
  /** Whether the client asked for usage; encoders drop usage-only chunks when false. */
  includeUsage?: boolean | undefined
  /**
   * Stream parallel tool calls each whole and in index order, whatever order the source used
   * (some SDKs' `stream()` helpers need it); dialects without the notion ignore it.
   */
  orderToolCalls?: boolean
}

/** How a dialect frames SSE beyond plain WHATWG: a BOM before every event, as some servers write. */
export interface SseFraming {
  bomPerEvent?: boolean
}

/** Synchronous, stateful, one call per SSE event: the hot path. */
export interface ChatStreamDecoder {
  push(event: SseEvent): void
  /** The byte stream ended: emits the terminal error if the dialect's terminator never came. */
  end(): void
}

export interface ChatStreamEncoder {
  push(part: ChatStreamPart): void
  end(): void
}

/** The contract every dialect package implements. Pure: no I/O, no globals. */
export interface Codec<WireRequest = unknown, WireResponse = unknown> {
  readonly dialect: string
  readonly framing: SseFraming
  /** Throws a ChatwireError (invalid_request, with `param`) for a body the vendor would reject. */
  decodeRequest(body: unknown, context?: WireContext): ChatRequest
  encodeRequest(request: ChatRequest, options?: EncodeRequestOptions): EncodedRequest<WireRequest>
  /** Throws a ChatwireError (kind `upstream`) for a body that is not a valid response. */
  decodeResponse(body: unknown): ChatResponse
  encodeResponse(response: ChatResponse): Encoded<WireResponse>
  createStreamDecoder(emit: (part: ChatStreamPart) => void): ChatStreamDecoder
  createStreamEncoder(
    emit: (event: SseEvent) => void,
    options?: EncodeStreamOptions,
  ): ChatStreamEncoder
  /** `body` is the raw response text: vendors send non-JSON error bodies too. */
  decodeError(status: number, body: string, headers?: Record<string, string>): ChatError
  encodeError(error: ChatError): EncodedError
}
