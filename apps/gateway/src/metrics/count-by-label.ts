import type { Counter } from './create-counter'

/**
 * A recorder that adds one to `counter` under a single label value, rendered once by `labels`
 * (a `createLabelCache` of one name): the shape of most `GatewayMetrics` and `KeyMetrics` methods.
 */
export function countByLabel(
  counter: Counter,
  labels: (value: string) => string,
): (value: string) => void {
  return (value) => {
    counter.inc(labels(value))
  }
}
