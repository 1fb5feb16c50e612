import type { ChatError, ChatStreamPart, Codec, EncodeStreamOptions } from '@chatwire/core'
import { toChatError } from '@chatwire/core'
import { createSseParser, formatSseEvent } from '@chatwire/sse'
import type { UpstreamAbort } from '../upstream/create-upstream-abort'
import { drainUpstreamBody } from '../upstream/drain-upstream-body'

export interface TranslatedBodyOptions {
  body: ReadableStream<Uint8Array>
  abort: UpstreamAbort
  from: Codec
  to: Codec
  encodeOptions?: EncodeStreamOptions
  /** Called once, when the stream ended, failed or the client left. */
  onEnd?(outcome: StreamOutcome): void
}

export type StreamOutcome =
  | { type: 'done' }
  | { type: 'error'; error: ChatError }
  | { type: 'client-closed' }

/**
 * The hot path (DESIGN.md, "Fast by construction"): one pull-driven stream over bytes. Each
 * upstream read goes through SSE parse → upstream decode → client encode → SSE format in one
 * synchronous pass and leaves as one chunk; the next read happens only when the client took
 * the last one (backpressure). A broken upstream becomes the client dialect's in-stream error
 * event, never a silent truncation.
 */
export function createTranslatedBody(options: TranslatedBodyOptions): ReadableStream<Uint8Array> {
  const { abort, from, to, onEnd } = options
  const reader = options.body.getReader()
  const bytes = new TextEncoder()
  let out = ''
  let finished = false
  let cancelled = false
  let outcome: StreamOutcome | undefined
  const encoder = to.createStreamEncoder((event) => {
    out += formatSseEvent(event, to.framing)
  }, options.encodeOptions)
  const decoder = from.createStreamDecoder(forward)
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })

  function forward(part: ChatStreamPart): void {
    if (outcome) return
    if (part.type === 'done') outcome = { type: 'done' }
    else if (part.type === 'error') outcome = { type: 'error', error: part.error }
    encoder.push(part)
  }

  function fail(error: ChatError): void {
    if (!outcome) forward({ type: 'error', error })
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
      outcome ??= { type: 'error', error: toChatError(error) }
    }
    report(outcome ?? { type: 'error', error: toChatError('stream ended without a terminal part') })
    if (drainRest) drainUpstreamBody(reader, () => abort.dispose())
    else abort.dispose()
  }

  async function readOnce(): Promise<void> {
    let result: ReadableStreamReadResult<Uint8Array>
    try {
      abort.waiting()
      result = await reader.read()
    } catch (error) {
      if (abort.reason === 'client') {
        finished = true
        report({ type: 'client-closed' })
        return
      }
      fail(readFailure(error, abort))
      finish()
      return
    }
    abort.received()
    try {
      if (result.done) {
        parser.end()
        decoder.end()
        finish()
      } else {
        parser.feed(result.value)
        if (outcome) finish(true)
      }
    } catch (error) {
      fail({ ...toChatError(error), kind: 'upstream', status: 502 })
      reader.cancel(error).catch(() => {})
      finish()
    }
  }

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (out === '' && !finished) await readOnce()
      if (cancelled) return
      if (out !== '') {
        controller.enqueue(bytes.encode(out))
        out = ''
      }
      if (finished) controller.close()
    },
    cancel(reason) {
      cancelled = true
      if (finished) return
      finished = true
      abort.abort()
      reader.cancel(reason).catch(() => {})
      report({ type: 'client-closed' })
    },
  })
}

function readFailure(error: unknown, abort: UpstreamAbort): ChatError {
  if (abort.reason === 'timeout') {
    return { kind: 'timeout', status: 504, message: 'Upstream stopped sending before the end' }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'upstream', status: 502, message: `Upstream stream broke: ${message}` }
}
