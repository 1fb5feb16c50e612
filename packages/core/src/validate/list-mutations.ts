// Test support (not exported): near misses of a valid payload, for the differential tests that
// hold `compileSchema` to TypeBox's verdicts and first problems.

/** What a field may be replaced with: wrong types, bounds on both sides, unknown enum values. */
function replacementsFor(value: unknown): unknown[] {
  if (value === null) return ['x', 0, {}]
  if (Array.isArray(value)) return [[], 'x', null, {}, [...value, 'x'], [...value, {}]]
  switch (typeof value) {
    case 'string':
      return [7, '', 'not-a-known-value', null, true, 'x'.repeat(300)]
    case 'number':
      return ['7', -1, 0, 0.5, 1.5, -1e9, 1e9, 2 ** 53, null]
    case 'boolean':
      return ['true', 0, null]
    case 'object':
      return ['x', [], null, 7]
    default:
      return []
  }
}

const UNKNOWN_KEY = 'chatwire_unknown_field'

/**
 * Every payload one step from `value`: each node replaced by each of its near misses, each key of
 * each object dropped, an unknown key added to each object, and array items added or removed.
 * Deterministic, in document order, at most `limit` payloads.
 */
export function listMutations(value: unknown, limit = 2_000): unknown[] {
  const out: unknown[] = []
  const visit = (node: unknown, rebuild: (replacement: unknown) => unknown) => {
    for (const replacement of replacementsFor(node)) {
      if (out.length >= limit) return
      out.push(rebuild(replacement))
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, (replacement) =>
          rebuild(node.map((old, at) => (at === index ? replacement : old))),
        )
      })
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>
      if (out.length < limit) out.push(rebuild({ ...record, [UNKNOWN_KEY]: 'x' }))
      for (const key of Object.keys(record)) {
        const { [key]: _dropped, ...rest } = record
        if (out.length < limit) out.push(rebuild(rest))
        visit(record[key], (replacement) => rebuild({ ...record, [key]: replacement }))
      }
    }
  }
  visit(value, (replacement) => replacement)
  return out.slice(0, limit)
}
