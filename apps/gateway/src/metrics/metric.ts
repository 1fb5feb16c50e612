export type MetricType = 'counter' | 'gauge' | 'histogram'

/** One metric family: its name, help and type, and how it writes its sample lines. */
export interface Metric {
  name: string
  help: string
  type: MetricType
  /** Appends `name{labels} value\n` lines; nothing for a labelled family never touched. */
  write(out: string[]): void
}

/** A number as the text format spells it (`+Inf`, `-Inf`, `NaN`). */
export function formatSampleValue(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '+Inf'
  if (value === Number.NEGATIVE_INFINITY) return '-Inf'
  return String(value)
}

/** `name{labels}`, or bare `name` for the empty label set. */
export function seriesName(name: string, labels: string): string {
  return labels === '' ? name : `${name}{${labels}}`
}
