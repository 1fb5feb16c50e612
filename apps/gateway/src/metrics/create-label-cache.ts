import { renderLabels } from './render-labels'

type Node = Map<string, Node | string>

/**
 * Renders each label set once and hands back the same string after: the series key a counter
 * looks up. Values must come from a bounded set (dialects, config names, outcomes, statuses).
 * Found by one map per label, not by a joined key: no string is built or hashed per call.
 */
export function createLabelCache(names: readonly string[]): (...values: string[]) => string {
  const root: Node = new Map()
  return (...values) => {
    let node = root
    const last = values.length - 1
    for (let i = 0; i < last; i++) {
      let next = node.get(values[i] as string)
      if (next === undefined) {
        next = new Map()
        node.set(values[i] as string, next)
      }
      node = next as Node
    }
    let labels = node.get(values[last] as string) as string | undefined
    if (labels === undefined) {
      labels = renderLabels(names, values)
      node.set(values[last] as string, labels)
    }
    return labels
  }
}
