import type { FinishReason, UnifiedFinishReason } from '../schema/finish-reason'

/**
 * A vendor finish reason → canonical through the dialect's table of the values it knows. The
 * vendor text is always kept as `raw`; a value the table lacks unifies to `other`.
 */
export function decodeFinishReason(
  raw: string,
  table: Readonly<Record<string, UnifiedFinishReason>>,
): FinishReason {
  // Object.hasOwn, not `in`: 'toString' must not match.
  const unified = Object.hasOwn(table, raw) ? (table[raw] as UnifiedFinishReason) : 'other'
  return { unified, raw }
}
