import { excerpt } from '@chatwire/core'
import type { Redactor } from '../secrets/create-redactor'
import type { LineLevel, Logger, LogMethod } from './logger'

/** Longest string field a log line carries. */
const MAX_LOG_FIELD_CHARS = 1000

/**
 * Every log line bounded and redacted: string fields are cut to {@link MAX_LOG_FIELD_CHARS}
 * and secrets replaced, whatever a client or an upstream put in them. A level the inner logger
 * drops is dropped here before the fields are copied.
 */
export function createSafeLogger(inner: Logger, redact: Redactor): Logger {
  // The fields go through as they are unless a string must change; then a copy is changed.
  // (A copy built key by key cost a megamorphic keyed store per field, ~18 per request line.)
  const safe = (fields: Record<string, unknown> | undefined) => {
    if (!fields) return fields
    let out: Record<string, unknown> | undefined
    for (const name in fields) {
      const value = fields[name]
      if (typeof value !== 'string') continue
      const bounded = redact(excerpt(value, MAX_LOG_FIELD_CHARS))
      if (bounded === value) continue
      out ??= { ...fields }
      out[name] = bounded
    }
    return out ?? fields
  }
  const wrap = (level: LineLevel): LogMethod =>
    inner.enabled(level) ? (event, fields) => inner[level](event, safe(fields)) : () => {}
  return {
    debug: wrap('debug'),
    info: wrap('info'),
    warn: wrap('warn'),
    error: wrap('error'),
    enabled: (level) => inner.enabled(level),
  }
}
