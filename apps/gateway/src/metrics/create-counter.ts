import { formatSampleValue, type Metric, seriesName } from './metric'

export interface Counter extends Metric {
  /** `labels` is a rendered label string (`renderLabels`), `''` for none. */
  inc(labels: string, by?: number): void
  value(labels: string): number
}

/** A monotonic counter per label set, keyed by the rendered label string. */
export function createCounter(name: string, help: string): Counter {
  const values = new Map<string, number>()
  return {
    name,
    help,
    type: 'counter',
    inc(labels, by = 1) {
      values.set(labels, (values.get(labels) ?? 0) + by)
    },
    value: (labels) => values.get(labels) ?? 0,
    write(out) {
      for (const [labels, value] of values)
        out.push(`${seriesName(name, labels)} ${formatSampleValue(value)}\n`)
    },
  }
}
