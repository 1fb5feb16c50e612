import type { Server } from 'node:http'
import type { InFlight } from './track-in-flight'

/** After the deadline: how long interrupted streams get to write their error event and end. */
export const INTERRUPT_FLUSH_MS = 2000

export interface DrainResult {
  /** Requests still in flight at the deadline (0: everything finished whole). */
  interrupted: number
}

/**
 * Graceful drain: stop accepting connections, close idle keep-alive ones at once, answer every
 * request from now on with `Connection: close`, and wait for the requests in flight up to
 * `deadlineMs`. Then `onDeadline()` ends the open streams (each with its dialect's in-stream
 * error), they get {@link INTERRUPT_FLUSH_MS} to write it, and every connection left is closed.
 */
export async function drainServer(
  server: Server,
  inFlight: InFlight,
  deadlineMs: number,
  onDeadline: () => void,
): Promise<DrainResult> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  inFlight.closeConnectionsAfterAnswers()
  server.closeIdleConnections()
  let interrupted = 0
  if (!(await inFlight.settled(deadlineMs))) {
    interrupted = inFlight.size
    onDeadline()
    await inFlight.settled(INTERRUPT_FLUSH_MS)
  }
  server.closeAllConnections()
  await closed
  return { interrupted }
}
