/**
 * Structural equality as vitest's `toEqual` has it: plain objects and arrays compared member by
 * member in any key order, a key holding `undefined` the same as no key, primitives by
 * `Object.is`. Portable: the bundle runs it in every runtime.
 */
export function isDeepEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null)
    return false
  if (Array.isArray(left) !== Array.isArray(right)) return false
  if (Array.isArray(left) && Array.isArray(right)) {
    return (
      left.length === right.length && left.every((item, index) => isDeepEqual(item, right[index]))
    )
  }
  const a = left as Record<string, unknown>
  const b = right as Record<string, unknown>
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if (!isDeepEqual(a[key], b[key])) return false
  return true
}
