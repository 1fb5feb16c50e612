/**
 * What an abort is to the gateway's request path: a flag and listeners. Cheaper than an
 * `AbortController` + `AbortSignal` (an EventTarget) per request and per attempt, which cost
 * ≈5% of the Node fast path's CPU; a real `AbortSignal` is made only where an API needs one
 * (`fetch`), from {@link toAbortSignal}.
 */
export interface AbortLink {
  readonly aborted: boolean
  /** Calls `listener` once on abort (at once if already aborted); returns the unsubscribe. */
  onAbort(listener: () => void): () => void
}

export interface AbortSwitch extends AbortLink {
  abort(): void
}

const NOTHING = () => {}

export function createAbortSwitch(): AbortSwitch {
  let aborted = false
  let listeners: Array<() => void> | undefined
  return {
    get aborted() {
      return aborted
    },
    abort() {
      if (aborted) return
      aborted = true
      const current = listeners
      listeners = undefined
      if (current) for (const listener of current) listener()
    },
    onAbort(listener) {
      if (aborted) {
        listener()
        return NOTHING
      }
      listeners ??= []
      listeners.push(listener)
      return () => {
        const index = listeners?.indexOf(listener) ?? -1
        if (index !== -1) listeners!.splice(index, 1)
      }
    },
  }
}

/** A Web `AbortSignal` as a link (the portable path's request signal). */
export function abortLinkOf(signal: AbortSignal): AbortLink {
  return {
    get aborted() {
      return signal.aborted
    },
    onAbort(listener) {
      if (signal.aborted) {
        listener()
        return NOTHING
      }
      signal.addEventListener('abort', listener, { once: true })
      return () => signal.removeEventListener('abort', listener)
    },
  }
}

/** A real `AbortSignal` following the link, for APIs that take one. */
export function toAbortSignal(link: AbortLink): AbortSignal {
  const controller = new AbortController()
  link.onAbort(() => controller.abort())
  return controller.signal
}
