/** `messages[2].content[1]` → `['messages', 2, 'content', 1]`. */
function splitPath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key as string) : Number(index),
  )
}

function remove(value: unknown, [head, ...rest]: (string | number)[]): void {
  if (head === undefined || value === null || typeof value !== 'object') return
  const container = value as Record<string | number, unknown>
  if (rest.length > 0) {
    remove(container[head], rest)
    return
  }
  // Lost list items are marked first and taken out afterwards, so that the indices of the
  // other losses (`tools[0]`, `tools[1]`) still point at the items they name.
  if (Array.isArray(value)) value[head as number] = LOST
  else delete container[head]
}

const LOST = Symbol('lost')

/** Takes out the marked items; a list that had only lost items goes too (none is sent). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.filter((item) => item !== LOST)
    return kept.length === 0 && value.length > 0 ? LOST : kept.map(compact)
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, compact(item)])
        .filter(([, item]) => item !== LOST),
    )
  }
  return value
}

/**
 * A copy of a canonical value without the fields the encoder reported lost: what the target
 * dialect can still say. Lost list items are removed (the rest move up, as on the wire).
 */
export function withoutLostPaths<T>(value: T, paths: readonly string[]): T {
  const copy = structuredClone(value)
  for (const path of paths) remove(copy, splitPath(path))
  return compact(copy) as T
}
