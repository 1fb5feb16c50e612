import { writeSync } from 'node:fs'

/** One `exit` listener for every writer (a test process starts many gateways). */
const flushOnExit = new Set<() => void>()

/** Flushed at this size without waiting for the next turn of the event loop. */
const MAX_PENDING_CHARS = 64 * 1024

/**
 * Log lines to a file descriptor (stderr by default), written once per turn of the event loop
 * instead of once per line: under load one `write` carries many lines. Synchronous writes keep
 * the order and lose nothing already flushed if the process dies; what is pending is flushed on
 * `exit`.
 */
export function createBatchedWriter(fd = 2): (line: string) => void {
  let pending = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending === '') return
    const text = pending
    pending = ''
    try {
      writeSync(fd, text)
    } catch {
      // A closed or full stderr must not take the gateway down.
    }
  }
  flushOnExit.add(flush)
  if (flushOnExit.size === 1) {
    process.once('exit', () => {
      for (const pending of flushOnExit) pending()
    })
  }
  return (line) => {
    pending += line
    if (pending.length >= MAX_PENDING_CHARS) flush()
    else if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
  }
}
