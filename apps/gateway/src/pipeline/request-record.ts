import type { Usage } from '@chatwire/core'

/**
 * What one chat request did, filled in as it goes (plain fields, no allocation per chunk) and
 * written once at its end as the request's log line and metrics (`finish-request.ts`).
 */
export interface RequestRecord {
  requestId: string
  /** The inbound dialect's name. */
  inbound: string
  /** `performance.now()` when the request arrived. */
  startedAt: number
  /** The matching route's `match` glob. */
  route?: string
  model?: string
  stream?: boolean
  /** The upstream of the latest attempt: the one that answered, or the last that failed. */
  upstream?: string
  /** Upstream requests sent (retries and fallbacks included). */
  attempts: number
  /** `performance.now()` when the latest attempt's response head arrived. */
  headAt?: number
  /** `performance.now()` when the first content or tool-call delta was encoded for the client. */
  firstTokenAt?: number
  /** As the upstream reported it; absent when it did not. */
  usage?: Usage
  /** Text characters streamed to the client; counted only when set (a key with a token limit). */
  streamedChars?: number
  /** The client key's name (`unnamed` for a plain key); absent on an open gateway. */
  key?: string
  /** The `chatwire-dropped` header's value. */
  dropped?: string | undefined
}

export function createRequestRecord(requestId: string, inbound: string): RequestRecord {
  return { requestId, inbound, startedAt: performance.now(), attempts: 0 }
}
