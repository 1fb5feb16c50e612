import { excerpt } from '@chatwire/core'
import type { Redactor } from '../secrets/create-redactor'
import type { Logger } from './logger'

/** Longest string field a log line carries. */
export const MAX_LOG_FIELD_CHARS = 1000

/**
 * Every log line bounded and redacted: string fields are cut to {@link MAX_LOG_FIELD_CHARS}
 * and secrets replaced, whatever a client or an upstream put in them.
 */
export function createSafeLogger(inner: Logger, redact: Redactor): Logger {
  const safe = (fields: Record<string, unknown> | undefined) => {
    if (!fields) return fields
    const out: Record<string, unknown> = {}
    for (const name in fields) {
      const value = fields[name]
      out[name] = typeof value === 'string' ? redact(excerpt(value, MAX_LOG_FIELD_CHARS)) : value
    }
    return out
  }
  return {
    info: (event, fields) => inner.info(event, safe(fields)),
    warn: (event, fields) => inner.warn(event, safe(fields)),
    error: (event, fields) => inner.error(event, safe(fields)),
  }
}
