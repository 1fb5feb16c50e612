import type { ChatError, ChatStreamPart, Codec, EncodeStreamOptions } from '@chatwire/core'
import { ChatwireError, toChatError } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import { LocalFailure } from '../failures/local-failure'
import type { AnswerStream } from '../http/gateway-call'
import type { Redactor } from '../secrets/create-redactor'
import type { AttemptGuard } from '../upstream/create-attempt-guard'
import { drainUpstreamBody } from '../upstream/drain-upstream-body'
import { toUpstreamFailure } from '../upstream/to-upstream-failure'
import type { UpstreamCandidate } from '../upstream/upstream-candidate'
import type { ByteSource } from '../upstream/upstream-client'
import { createUpstreamEventParser } from './create-upstream-event-parser'
import { clientFacing } from './error-answer'
import { noteStreamProgress, type StreamProgress } from './note-stream-progress'

export interface TranslatedStreamOptions {
  body: ByteSource
  guard: AttemptGuard
  /** The upstream: its codec decodes, its limits and timeouts bound the read. */
  candidate: UpstreamCandidate
  /** The client's codec. */
  to: Codec
  encodeOptions?: EncodeStreamOptions
  /** Applied to every error event's message: secrets never reach the client. */
  redact: Redactor
  /** SSE comments from the upstream count as progress for the idle wait. */
  commentsAreProgress?: boolean
  /** Called once, when the stream ended, failed or the client left. */
  onEnd?(outcome: StreamOutcome): void
  /** Told the first token's time and the usage (the request's log line). */
  progress?: StreamProgress
}

export type StreamOutcome =
  | { type: 'done' }
  | { type: 'error'; error: ChatError; local: boolean }
  | { type: 'client-closed' }

/**
 * The hot path (DESIGN.md, "Fast by construction"): each upstream read goes through SSE parse
 * → upstream decode → client encode → SSE format in one synchronous pass and leaves as one
 * string; the next read happens only when the client took the last one (backpressure). A
 * broken, slow or oversized upstream becomes the client dialect's in-stream error event, never
 * a silent truncation; a failure of the gateway's own encoder is reported as local.
 */
export function createTranslatedStream(options: TranslatedStreamOptions): AnswerStream {
  const { body, guard, candidate, to, onEnd } = options
  const { clock } = guard
  let out = ''
  let finished = false
  let outcome: StreamOutcome | undefined
  const encoder = to.createStreamEncoder((event) => {
    out += formatSseEvent(event, to.framing)
  }, options.encodeOptions)
  const decoder = candidate.codec.createStreamDecoder(forward)
  const parser = createUpstreamEventParser(
    candidate,
    clock,
    options.commentsAreProgress === true,
    (event) => decoder.push(event),
  )

  function forward(part: ChatStreamPart): void {
    if (outcome) return
    let next = part
    if (part.type === 'chunk') {
      if (options.progress) noteStreamProgress(part, options.progress)
    } else if (part.type === 'done') outcome = { type: 'done' }
    else if (part.type === 'error') {
      next = { type: 'error', error: clientFacing(part.error, options.redact) }
      outcome = { type: 'error', error: next.error, local: false }
    }
    try {
      encoder.push(next)
    } catch (error) {
      throw LocalFailure.from(error, 'encode the stream for the client')
    }
  }

  function fail(error: ChatError, local = false): void {
    if (outcome) return
    try {
      forward({ type: 'error', error })
    } catch {
      // The client's encoder itself is broken: end without the error event.
    }
    outcome = { type: 'error', error, local }
  }

  let reported = false
  function report(result: StreamOutcome): void {
    if (reported) return
    reported = true
    onEnd?.(result)
  }

  /** `drainRest`: the terminal event came; let the upstream close in the background. */
  function finish(drainRest = false): void {
    finished = true
    try {
      encoder.end()
    } catch (error) {
      outcome ??= { type: 'error', error: toChatError(error), local: true }
    }
    report(
      outcome ?? {
        type: 'error',
        error: toChatError('stream ended without a terminal part'),
        local: false,
      },
    )
    if (drainRest) drainUpstreamBody(body, () => guard.dispose())
    else guard.dispose()
  }

  function stop(error: ChatError, local = false): void {
    fail(error, local)
    body.cancel()
    finish()
  }

  async function readOnce(): Promise<void> {
    let chunk: Uint8Array | undefined
    try {
      chunk = await body.read()
    } catch (error) {
      // Interrupted (drain deadline) while this read waited: the stream has already ended.
      if (finished) return
      if (guard.reason === 'client') {
        finished = true
        report({ type: 'client-closed' })
        return
      }
      fail(toChatError(toUpstreamFailure(error, guard.reason, candidate, true)))
      finish()
      return
    }
    if (finished) return
    try {
      if (chunk === undefined) {
        parser.end()
        decoder.end()
        finish()
        return
      }
      parser.feed(chunk)
      if (outcome) finish(true)
    } catch (error) {
      if (error instanceof LocalFailure) stop(toChatError(error.error), true)
      else stop(undecodable(error, candidate), !ChatwireError.isInstance(error))
    }
  }

  return {
    async next() {
      clock.resume()
      while (out === '' && !finished) await readOnce()
      clock.pause()
      if (out === '') return undefined
      const text = out
      out = ''
      return text
    },
    cancel() {
      if (finished) return
      finished = true
      guard.abort()
      body.cancel()
      report({ type: 'client-closed' })
    },
    // A drain's deadline: neither the upstream's failure nor a gateway bug (`local` counts bugs).
    interrupt(error) {
      if (!finished) stop(error)
    },
  }
}

/**
 * A chunk the upstream's decoder refused: the upstream's fault, in the codec's own words. A
 * decoder that throws anything but a ChatwireError has a bug: that failure is local.
 */
function undecodable(error: unknown, candidate: UpstreamCandidate): ChatError {
  if (ChatwireError.isInstance(error))
    return { ...toChatError(error), kind: 'upstream', status: 502 }
  return {
    kind: 'internal',
    status: 500,
    code: 'gateway_error',
    message: `The gateway failed to decode the stream of upstream '${candidate.name}'; this is a gateway bug.`,
  }
}
