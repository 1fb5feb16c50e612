import { renderLabels } from './render-labels'

/**
 * Renders each label set once and hands back the same string after: the series key a counter
 * looks up. Values must come from a bounded set (dialects, config names, outcomes, statuses).
 */
export function createLabelCache(names: readonly string[]): (...values: string[]) => string {
  const rendered = new Map<string, string>()
  return (...values) => {
    const key = values.join('\u0000')
    let labels = rendered.get(key)
    if (labels === undefined) {
      labels = renderLabels(names, values)
      rendered.set(key, labels)
    }
    return labels
  }
}
