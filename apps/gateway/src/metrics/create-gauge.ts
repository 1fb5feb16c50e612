import { formatSampleValue, type Metric } from './metric'

export interface Gauge extends Metric {
  set(value: number): void
  add(by: number): void
}

/** One unlabelled value that goes up and down. */
export function createGauge(name: string, help: string, initial = 0): Gauge {
  let current = initial
  return {
    name,
    help,
    type: 'gauge',
    set(value) {
      current = value
    },
    add(by) {
      current += by
    },
    write(out) {
      out.push(`${name} ${formatSampleValue(current)}\n`)
    },
  }
}
