import { formatSampleValue, type Metric, type MetricType } from './metric'

/**
 * One unlabelled value read when `/metrics` is scraped (CPU seconds, memory): nothing on the hot
 * path. `read` returning `undefined` (not available on this platform) writes no sample.
 */
export function createSampledMetric(
  name: string,
  help: string,
  type: Exclude<MetricType, 'histogram'>,
  read: () => number | undefined,
): Metric {
  return {
    name,
    help,
    type,
    write(out) {
      const value = read()
      if (value !== undefined) out.push(`${name} ${formatSampleValue(value)}\n`)
    },
  }
}
