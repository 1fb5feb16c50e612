/** One JSON object per line: what an operator greps and ships. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void
  warn(event: string, fields?: Record<string, unknown>): void
  error(event: string, fields?: Record<string, unknown>): void
}

/**
 * JSON lines, by default through `console.error` (any runtime); on Node the server passes
 * `createBatchedWriter()` (one write per turn of the event loop).
 */
export function createJsonLogger(
  write: (line: string) => void = (line) => console.error(line.slice(0, -1)),
): Logger {
  const log = (level: string) => (event: string, fields?: Record<string, unknown>) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`)
  }
  return { info: log('info'), warn: log('warn'), error: log('error') }
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
