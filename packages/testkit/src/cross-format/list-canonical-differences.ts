/** One leaf (`messages[1].content[0].text`) that differs between two canonical values. */
export interface CanonicalDifference {
  path: string
  before: unknown
  after: unknown
}

function addLeaves(value: unknown, path: string, leaves: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) leaves.set(path, value)
    for (const [index, item] of value.entries()) addLeaves(item, `${path}[${index}]`, leaves)
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    if (entries.length === 0) leaves.set(path, value)
    for (const [key, item] of entries) addLeaves(item, path === '' ? key : `${path}.${key}`, leaves)
  } else {
    leaves.set(path, value)
  }
}

/** Every leaf path of a JSON value, with its value (an empty object or list is a leaf too). */
function listCanonicalLeaves(value: unknown): Map<string, unknown> {
  const leaves = new Map<string, unknown>()
  addLeaves(value, '', leaves)
  return leaves
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The leaves `before` has and `after` lost or changed, and the leaves only `after` has. */
export function listCanonicalDifferences(before: unknown, after: unknown): CanonicalDifference[] {
  const was = listCanonicalLeaves(before)
  const is = listCanonicalLeaves(after)
  const differences: CanonicalDifference[] = []
  for (const [path, value] of was) {
    if (!same(is.get(path), value)) differences.push({ path, before: value, after: is.get(path) })
  }
  for (const [path, value] of is) {
    if (!was.has(path)) differences.push({ path, before: undefined, after: value })
  }
  return differences
}

/** `messages[3].content[0]` → `messages[].content[]`: the shape of a path, without indices. */
export const toPathPattern = (path: string) => path.replace(/\[\d+\]/g, '[]')
