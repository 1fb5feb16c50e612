import type { ByteSource } from './upstream-client'

/** How long an upstream may take to close its body after the stream's terminal event. */
const DRAIN_GRACE_MS = 1000
/** At most this much is read after the terminal event; more and the connection is dropped. */
const DRAIN_MAX_BYTES = 64 * 1024

/**
 * Reads what is left of an upstream body after the terminal event (`[DONE]` or an error event)
 * in the background, so a keep-alive connection is returned clean; an upstream that does not
 * close within the grace period, or sends too much, is cancelled. Never blocks the client,
 * leaves no timer behind.
 */
export function drainUpstreamBody(
  source: ByteSource,
  onSettled: () => void,
  graceMs = DRAIN_GRACE_MS,
): void {
  const grace = setTimeout(() => source.cancel(), graceMs)
  grace.unref?.()
  const drain = async () => {
    let size = 0
    try {
      for (;;) {
        const chunk = await source.read()
        if (chunk === undefined) return
        size += chunk.byteLength
        if (size > DRAIN_MAX_BYTES) return source.cancel()
      }
    } catch {
      // Cancelled or cut after the answer was complete: nothing is lost.
    } finally {
      clearTimeout(grace)
      onSettled()
    }
  }
  void drain()
}
