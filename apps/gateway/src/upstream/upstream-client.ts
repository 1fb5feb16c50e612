import type { AbortLink } from '../http/abort-link'

/** One upstream HTTP exchange, whatever client sends it (undici on Node, `fetch` elsewhere). */
export interface UpstreamRequest {
  url: string
  headers: Record<string, string>
  body: string
  /** Aborts the exchange: before the head, and while the body is read. */
  abort: AbortLink
}

/** Bytes of an answer, decompressed, pulled one read at a time. */
export interface ByteSource {
  /** The next bytes, or `undefined` at the end. Rejects when the exchange broke or was aborted. */
  read(): Promise<Uint8Array | undefined>
  /** Stop reading and close the exchange (the connection is not reused). */
  cancel(): void
}

export interface UpstreamReply {
  status: number
  /** Lower-case names. */
  headers: Record<string, string>
  body: ByteSource
}

export interface UpstreamClient {
  send(request: UpstreamRequest): Promise<UpstreamReply>
  /** Closes pooled connections (server shutdown). */
  close(): Promise<void>
}

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>
