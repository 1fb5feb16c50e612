import type { ChatRequest, Dialect } from '@chatwire/core'
import type { Script } from './script/reply-script'

export interface EmulatorOptions<Name extends string = string> {
  /** A dialect registered in `dialects` by name, or a `Dialect` that brings its `emulator`. */
  dialect: Name | Dialect
  /** Where a dialect name is looked up. Default: `defaultDialects` from `@chatwire/dialects`. */
  dialects?: readonly Dialect[]
  /** Default 0: an ephemeral port; `url` tells which. */
  port?: number
  /** Default `127.0.0.1`. */
  host?: string
  /** Decides replies instead of (or on top of) the prompt's directives. */
  script?: Script
  /** When set, calls must carry it in the vendor's auth header form. */
  apiKey?: string
}

export type RequestOutcome = 'pending' | 'completed' | 'rejected' | 'aborted' | 'reset'

/** One received call, as recorded for assertions. Updated in place while it is answered. */
export interface RecordedRequest {
  index: number
  method: string
  path: string
  query: Record<string, string>
  /** Lower-case names. */
  headers: Record<string, string>
  /** The parsed JSON body; the raw text when it was not JSON (`''` when empty); undefined while it is read. */
  body: unknown
  /** The canonical request, once the body passed the dialect's validation. */
  request?: ChatRequest
  /** The HTTP status answered, once headers were sent. */
  status?: number
  outcome: RequestOutcome
  /** The client went away before the answer was complete (a cancelled upstream request). */
  aborted: boolean
  /** SSE events written to the client. */
  events: number
}

export interface Emulator<Name extends string = string> {
  /** `http://<host>:<port>`, with the bound port; no trailing slash. */
  readonly url: string
  /** The emulated dialect's name. */
  readonly dialect: Name
  /** Every call received so far, in arrival order. */
  readonly requests: readonly RecordedRequest[]
  /** Resolves when every call received so far is answered, aborted or reset. */
  idle(): Promise<void>
  /** Stops listening and drops open connections (stalled calls count as aborted). */
  close(): Promise<void>
}
