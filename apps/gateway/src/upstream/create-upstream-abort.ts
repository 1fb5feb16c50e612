/**
 * One AbortController per upstream attempt, linked to the client's signal and to an idle
 * timer. The timer only counts while the gateway waits on the upstream (`waiting()` …
 * `received()`): a client that reads slowly (backpressure) is not blamed on the upstream. One
 * timer, `refresh()`ed, no allocation per chunk; `dispose()` unlinks everything.
 */
export interface UpstreamAbort {
  readonly signal: AbortSignal
  /** Why the attempt was aborted, once it was. */
  readonly reason: 'client' | 'timeout' | undefined
  /** A read from the upstream is pending: the idle timer runs from now. */
  waiting(): void
  /** The read came back: the timer no longer counts. */
  received(): void
  abort(): void
  dispose(): void
}

export function createUpstreamAbort(
  clientSignal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): UpstreamAbort {
  const controller = new AbortController()
  let reason: UpstreamAbort['reason']
  // Created waiting: the first wait is for the response head.
  let waiting = true
  const onClientAbort = () => stop('client')
  const onTimer = () => {
    if (waiting) stop('timeout')
    else timer?.refresh()
  }
  const timer = timeoutMs === undefined ? undefined : setTimeout(onTimer, timeoutMs)
  timer?.unref?.()
  if (clientSignal?.aborted) stop('client')
  else clientSignal?.addEventListener('abort', onClientAbort, { once: true })

  function stop(why: 'client' | 'timeout'): void {
    if (controller.signal.aborted) return
    reason = why
    dispose()
    controller.abort(
      why === 'timeout'
        ? new DOMException(`upstream idle for ${timeoutMs} ms`, 'TimeoutError')
        : new DOMException('client disconnected', 'AbortError'),
    )
  }

  function dispose(): void {
    if (timer) clearTimeout(timer)
    clientSignal?.removeEventListener('abort', onClientAbort)
  }

  return {
    signal: controller.signal,
    get reason() {
      return reason
    },
    waiting() {
      waiting = true
      if (!controller.signal.aborted) timer?.refresh()
    },
    received() {
      waiting = false
    },
    abort() {
      dispose()
      if (!controller.signal.aborted) controller.abort()
    },
    dispose,
  }
}
