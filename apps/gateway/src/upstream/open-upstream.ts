import { ChatwireError, type EncodedRequest } from '@chatwire/core'
import type { AttemptObserver } from './attempt-observer'
import { createUpstreamAbort, type UpstreamAbort } from './create-upstream-abort'
import type { UpstreamCandidate } from './upstream-candidate'

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>

export interface OpenUpstreamOptions {
  stream: boolean
  model: string
  fetch: FetchFunction
  /** The client's signal: its disconnect aborts the upstream request. */
  signal: AbortSignal | undefined
  /** Told how long the response head took. */
  observer?: AttemptObserver
}

/** A 2xx upstream response whose body is still unread, with the abort link that guards it. */
export interface OpenedUpstream {
  response: Response
  abort: UpstreamAbort
}

/**
 * Sends one attempt and waits for a 2xx head. A non-2xx answer is read and decoded in the
 * upstream's dialect and thrown as a ChatwireError; so are unreachable (502) and timeout (504).
 */
export async function openUpstream(
  candidate: UpstreamCandidate,
  encoded: EncodedRequest,
  options: OpenUpstreamOptions,
): Promise<OpenedUpstream> {
  const { upstream, transport, codec } = candidate
  const target = transport.target(upstream, encoded, options)
  const abort = createUpstreamAbort(options.signal, upstream.timeoutMs)
  try {
    const sent = performance.now()
    const response = await options.fetch(target.url, {
      method: 'POST',
      headers: target.headers,
      body: JSON.stringify(encoded.body),
      signal: abort.signal,
    })
    options.observer?.responseHead(candidate.name, (performance.now() - sent) / 1000)
    if (response.ok) {
      abort.received()
      return { response, abort }
    }
    const text = await response.text()
    abort.dispose()
    const headers = Object.fromEntries(response.headers)
    throw ChatwireError.from(codec.decodeError(response.status, text, headers))
  } catch (error) {
    abort.dispose()
    throw toUpstreamFailure(error, abort, candidate)
  }
}

/** A transport failure as the error the client should see; a decoded upstream error as is. */
export function toUpstreamFailure(
  error: unknown,
  abort: UpstreamAbort,
  candidate: UpstreamCandidate,
): unknown {
  if (ChatwireError.isInstance(error)) return error
  if (abort.reason === 'timeout') {
    return new ChatwireError({
      kind: 'timeout',
      message: `Upstream '${candidate.name}' did not answer within ${candidate.upstream.timeoutMs} ms`,
      cause: error,
    })
  }
  if (abort.reason === 'client') return new ClientClosedError()
  return new ChatwireError({
    kind: 'upstream',
    message: `Upstream '${candidate.name}' is unreachable: ${describeCause(error)}`,
    cause: error,
  })
}

/** The client left: nobody is there to answer, stop quietly. */
export class ClientClosedError extends Error {
  constructor() {
    super('client disconnected')
    this.name = 'ClientClosedError'
  }
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code) return cause.code
  return error instanceof Error ? error.message : String(error)
}
