import type { Metric } from './metric'

/** Prometheus text exposition format 0.0.4. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

export interface MetricRegistry {
  register<M extends Metric>(metric: M): M
  /** Every family with its `# HELP` and `# TYPE` lines, in registration order. */
  render(): string
}

export function createMetricRegistry(): MetricRegistry {
  const metrics: Metric[] = []
  return {
    register(metric) {
      if (metrics.some((known) => known.name === metric.name))
        throw new Error(`Metric '${metric.name}' is registered twice`)
      metrics.push(metric)
      return metric
    },
    render() {
      const out: string[] = []
      for (const metric of metrics) {
        out.push(`# HELP ${metric.name} ${escapeHelp(metric.help)}\n`)
        out.push(`# TYPE ${metric.name} ${metric.type}\n`)
        metric.write(out)
      }
      return out.join('')
    },
  }
}

/** HELP text escapes backslash and newline (not the double quote). */
function escapeHelp(help: string): string {
  return help.replace(/[\\\n]/g, (char) => (char === '\n' ? '\\n' : '\\\\'))
}
