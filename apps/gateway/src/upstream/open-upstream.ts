import { ChatwireError, type Codec } from '@chatwire/core'
import { LocalFailure } from '../failures/local-failure'
import type { AbortLink } from '../http/abort-link'
import type { AttemptObserver } from './attempt-observer'
import { type AttemptGuard, createAttemptGuard } from './create-attempt-guard'
import type { PreparedAttempt } from './encode-for-upstream'
import { readBoundedText } from './read-bounded-text'
import { toUpstreamFailure } from './to-upstream-failure'
import type { UpstreamReply } from './upstream-client'

/** One request's attempts, for its log line (`pipeline/request-record.ts` is one). */
export interface AttemptTally {
  /** Upstream requests sent so far. */
  attempts: number
  /** The upstream of the latest attempt. */
  upstream?: string
  /** `performance.now()` when the latest attempt's response head arrived. */
  headAt?: number
}

export interface OpenUpstreamOptions {
  /** The model after the route's rewrite (a path-addressed upstream's default id). */
  model: string
  /** The client: its disconnect aborts the upstream request. */
  client: AbortLink
  /** Told how long the response head took. */
  observer?: AttemptObserver | undefined
  tally?: AttemptTally | undefined
}

/** A 2xx upstream answer whose body is still unread, with the guard that bounds it. */
export interface OpenedUpstream {
  reply: UpstreamReply
  guard: AttemptGuard
}

/**
 * Sends one attempt and waits for a 2xx head. A non-2xx answer is read (bounded) and decoded
 * in the upstream's dialect and thrown as a ChatwireError; so are unreachable (502) and
 * timeouts (504).
 */
export async function openUpstream(
  prepared: PreparedAttempt,
  options: OpenUpstreamOptions,
): Promise<OpenedUpstream> {
  const { candidate, encoded, bodyText, stream } = prepared
  const { upstream, binding, codec } = candidate
  const target = binding.target(upstream, encoded, { stream, model: options.model })
  const guard = createAttemptGuard(options.client, candidate.timeouts)
  const { tally } = options
  if (tally) {
    tally.attempts++
    tally.upstream = candidate.name
  }
  try {
    const sent = performance.now()
    const reply = await candidate.client.send({
      url: target.url,
      headers: target.headers,
      body: bodyText,
      abort: guard.link,
    })
    const head = performance.now()
    if (tally) tally.headAt = head
    options.observer?.responseHead(candidate.name, (head - sent) / 1000)
    guard.clock.headArrived()
    if (reply.status >= 200 && reply.status < 300) return { reply, guard }
    const { text } = await readBoundedText(reply.body, candidate.limits.maxErrorBytes, guard.clock)
    throw refusedCredentials(reply.status, candidate.name) ?? decodeError(codec, reply, text)
  } catch (error) {
    guard.dispose()
    if (error instanceof LocalFailure) throw error
    throw toUpstreamFailure(error, guard.reason, candidate)
  }
}

function decodeError(codec: Codec, reply: UpstreamReply, text: string): Error {
  try {
    return ChatwireError.from(codec.decodeError(reply.status, text, reply.headers))
  } catch (error) {
    return LocalFailure.from(error, "decode the upstream's error answer")
  }
}

/**
 * A 401/403 from the upstream means the gateway's own credentials were refused: the client's
 * key is not at fault, so it gets a 502 and the operator a clear log line (open-with-fallbacks).
 */
function refusedCredentials(status: number, upstream: string): ChatwireError | undefined {
  if (status !== 401 && status !== 403) return undefined
  return new ChatwireError({
    kind: 'upstream',
    status: 502,
    code: 'upstream_credentials_refused',
    message: `Upstream '${upstream}' refused the gateway's credentials (HTTP ${status}).`,
  })
}
