import type { ChatError } from '@chatwire/core'
import type { ElasticStandardErrorBody } from '../schema/elastic-error-body'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The ES envelope (`{error:{root_cause,type,reason,…},status}`) an error was decoded from or
 * built as, when it still describes this error (same type and reason): written back verbatim,
 * `caused_by` chain included.
 */
export function readElasticStandardEnvelope(
  error: ChatError,
): ElasticStandardErrorBody | undefined {
  const { raw } = error
  if (!isObject(raw) || !isObject(raw.error) || !Array.isArray(raw.error.root_cause)) return
  if (raw.status !== error.status || raw.error.type !== error.type) return
  if (raw.error.reason !== error.message) return
  return raw as ElasticStandardErrorBody
}
