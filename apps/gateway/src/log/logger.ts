/** Severities in order; `silent` writes nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const

export type LogLevel = (typeof LOG_LEVELS)[number]

/** A level a line is written at (every level but `silent`). */
export type LineLevel = Exclude<LogLevel, 'silent'>

export type LogMethod = (event: string, fields?: Record<string, unknown>) => void

/** One JSON object per line: what an operator greps and ships. */
export interface Logger {
  debug: LogMethod
  info: LogMethod
  warn: LogMethod
  error: LogMethod
  /** Whether lines at `level` are written: callers skip building costly fields when not. */
  enabled(level: LineLevel): boolean
}

export interface JsonLoggerOptions {
  /** Lines below this level are dropped before any work (default `info`). */
  level?: LogLevel | undefined
}

const ignore: LogMethod = () => {}

/** True when `value` names a level (`--log-level`, `LOG_LEVEL`). */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value)
}

/**
 * JSON lines, by default through `console.error` (any runtime); on Node the server passes
 * `createBatchedWriter()` (one write per turn of the event loop). A method below `level` is a
 * shared no-op: no timestamp, no object, no string.
 */
export function createJsonLogger(
  write: (line: string) => void = (line) => console.error(line.slice(0, -1)),
  options: JsonLoggerOptions = {},
): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'info')
  const enabled = (level: LineLevel) => LOG_LEVELS.indexOf(level) >= threshold
  const log = (level: LineLevel): LogMethod =>
    enabled(level)
      ? (event, fields) => {
          write(`${formatLine(level, event, fields)}\n`)
        }
      : ignore
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    enabled,
  }
}

/**
 * `{"time":…,"level":…,"event":…,<fields>}`. The fields object is serialised as it is and
 * spliced in, not spread into a new object first: a request line has ~18 fields, and the
 * spread cost a property definition each (BENCHMARKS.md, "Streaming CPU regression"). Fields
 * that name `time`, `level` or `event` take their place, as a spread would.
 */
function formatLine(
  level: LineLevel,
  event: string,
  fields: Record<string, unknown> | undefined,
): string {
  const time = new Date().toISOString()
  if (fields != null && ('time' in fields || 'level' in fields || 'event' in fields))
    return JSON.stringify({ time, level, event, ...fields })
  const head = `{"time":"${time}","level":"${level}","event":${JSON.stringify(event)}`
  const json = fields == null ? '{}' : JSON.stringify(fields)
  return json.length > 2 ? `${head},${json.slice(1)}` : `${head}}`
}

export const silentLogger: Logger = {
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  enabled: () => false,
}
