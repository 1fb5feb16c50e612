/**
 * One AbortController per upstream attempt, linked to the client's signal and to an idle
 * timer: `touch()` re-arms the timer after each upstream read (one timer, `refresh()`ed, no
 * allocation per chunk). `dispose()` unlinks everything so nothing dangles.
 */
export interface UpstreamAbort {
  readonly signal: AbortSignal
  /** Why the attempt was aborted, once it was. */
  readonly reason: 'client' | 'timeout' | undefined
  touch(): void
  abort(): void
  dispose(): void
}

export function createUpstreamAbort(
  clientSignal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): UpstreamAbort {
  const controller = new AbortController()
  let reason: UpstreamAbort['reason']
  const onClientAbort = () => stop('client')
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => stop('timeout'), timeoutMs)
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
    touch() {
      if (!controller.signal.aborted) timer?.refresh()
    },
    abort() {
      dispose()
      if (!controller.signal.aborted) controller.abort()
    },
    dispose,
  }
}
