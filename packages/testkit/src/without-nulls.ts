/**
 * Drops `null`-valued keys, deeply. Most dialects read a `null` field as unset, so two
 * bodies that differ only in explicit nulls mean the same thing.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== null)
        .map(([key, entry]) => [key, withoutNulls(entry)]),
    )
  }
  return value
}
