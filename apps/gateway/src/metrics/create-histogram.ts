import { formatSampleValue, type Metric, seriesName } from './metric'

export interface Histogram extends Metric {
  /** `labels` is a rendered label string (`renderLabels`), `''` for none. */
  observe(labels: string, value: number): void
}

interface Series {
  /** Per bucket, not cumulative (cumulated when written); the last slot is `+Inf`. */
  counts: Float64Array
  sum: number
}

/** Observations counted into fixed upper bounds (`le`), plus `_sum` and `_count`. */
export function createHistogram(name: string, help: string, bounds: readonly number[]): Histogram {
  const sorted = [...bounds].sort((a, b) => a - b)
  const les = sorted.map((bound) => `le="${formatSampleValue(bound)}"`)
  les.push('le="+Inf"')
  const series = new Map<string, Series>()
  return {
    name,
    help,
    type: 'histogram',
    observe(labels, value) {
      let found = series.get(labels)
      if (!found) {
        found = { counts: new Float64Array(les.length), sum: 0 }
        series.set(labels, found)
      }
      let slot = 0
      while (slot < sorted.length && value > (sorted[slot] as number)) slot++
      found.counts[slot] = (found.counts[slot] as number) + 1
      found.sum += value
    },
    write(out) {
      for (const [labels, { counts, sum }] of series) {
        const prefix = labels === '' ? '' : `${labels},`
        let cumulative = 0
        for (let slot = 0; slot < les.length; slot++) {
          cumulative += counts[slot] as number
          out.push(`${name}_bucket{${prefix}${les[slot]}} ${cumulative}\n`)
        }
        out.push(`${seriesName(`${name}_sum`, labels)} ${formatSampleValue(sum)}\n`)
        out.push(`${seriesName(`${name}_count`, labels)} ${cumulative}\n`)
      }
    },
  }
}
