/** How long an upstream may take to close its body after the stream's terminal event. */
export const DRAIN_GRACE_MS = 1000

/**
 * Reads what is left of an upstream body after the terminal event (`[DONE]` or an error event)
 * in the background, so a keep-alive connection is returned clean; an upstream that does not
 * close within the grace period is cancelled. Never blocks the client, leaves no timer behind.
 */
export function drainUpstreamBody(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  onSettled: () => void,
  graceMs = DRAIN_GRACE_MS,
): void {
  const grace = setTimeout(() => {
    reader.cancel().catch(() => {})
  }, graceMs)
  grace.unref?.()
  const drain = async () => {
    try {
      for (;;) if ((await reader.read()).done) return
    } catch {
      // Cancelled or cut after the answer was complete: nothing is lost.
    } finally {
      clearTimeout(grace)
      onSettled()
    }
  }
  void drain()
}
