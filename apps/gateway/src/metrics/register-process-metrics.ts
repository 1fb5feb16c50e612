import type { IntervalHistogram } from 'node:perf_hooks'
import type { MetricRegistry } from './create-metric-registry'
import { createSampledMetric } from './create-sampled-metric'

/** Event-loop delay sampled every 10 ms, one monitor per process (its timer is unref'd). */
const EVENT_LOOP_RESOLUTION_MS = 10
let monitor: IntervalHistogram | undefined | null

/**
 * The process series, with prom-client's names so existing dashboards work
 * (siimon/prom-client lib/metrics/*.js, see SOURCES.md): CPU seconds, resident memory, heap,
 * open and max fds (Linux), start time, and event-loop delay since the previous scrape. All read
 * at scrape time.
 */
export function registerProcessMetrics(registry: MetricRegistry): void {
  // Node's modules through the process, not imported: the portable app then bundles for workerd
  // (no `process` there, so no process series) and browsers without Node modules.
  const node = (globalThis as { process?: NodeJS.Process }).process
  if (typeof node?.getBuiltinModule !== 'function' || typeof node.cpuUsage !== 'function') return
  const fs = node.getBuiltinModule('node:fs')
  const sampled = (
    name: string,
    help: string,
    type: 'counter' | 'gauge',
    read: () => number | undefined,
  ) => registry.register(createSampledMetric(name, help, type, read))
  const cpu = (pick: (usage: NodeJS.CpuUsage) => number) => () => pick(process.cpuUsage()) / 1e6
  sampled(
    'process_cpu_user_seconds_total',
    'Total user CPU time spent in seconds.',
    'counter',
    cpu((usage) => usage.user),
  )
  sampled(
    'process_cpu_system_seconds_total',
    'Total system CPU time spent in seconds.',
    'counter',
    cpu((usage) => usage.system),
  )
  sampled(
    'process_cpu_seconds_total',
    'Total user and system CPU time spent in seconds.',
    'counter',
    cpu((usage) => usage.user + usage.system),
  )
  sampled('process_resident_memory_bytes', 'Resident memory size in bytes.', 'gauge', () =>
    process.memoryUsage.rss(),
  )
  sampled('nodejs_heap_size_total_bytes', 'Process heap size from Node.js in bytes.', 'gauge', () =>
    heap('heapTotal'),
  )
  sampled(
    'nodejs_heap_size_used_bytes',
    'Process heap size used from Node.js in bytes.',
    'gauge',
    () => heap('heapUsed'),
  )
  sampled('process_open_fds', 'Number of open file descriptors.', 'gauge', () => openFds(fs))
  const maxFds = readMaxFds(fs)
  sampled('process_max_fds', 'Maximum number of open file descriptors.', 'gauge', () => maxFds)
  const started = Math.round(performance.timeOrigin) / 1000
  sampled(
    'process_start_time_seconds',
    'Start time of the process since unix epoch in seconds.',
    'gauge',
    () => started,
  )
  registerEventLoopDelay(sampled, node.getBuiltinModule('node:perf_hooks'))
}

function heap(field: 'heapTotal' | 'heapUsed'): number {
  return process.memoryUsage()[field]
}

/** Linux only: `/proc/self/fd` lists the open descriptors (and the one reading it). */
function openFds(fs: typeof import('node:fs')): number | undefined {
  try {
    return fs.readdirSync('/proc/self/fd').length - 1
  } catch {
    return undefined
  }
}

function readMaxFds(fs: typeof import('node:fs')): number | undefined {
  try {
    const limits = fs.readFileSync('/proc/self/limits', 'utf8')
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1]
    return soft === undefined ? undefined : Number(soft)
  } catch {
    return undefined
  }
}

type Sampled = (
  name: string,
  help: string,
  type: 'gauge',
  read: () => number | undefined,
) => unknown

/** min/max/mean/stddev/p50/p90/p99 over the loop's delay since the previous scrape, as prom-client. */
function registerEventLoopDelay(
  sampled: Sampled,
  perfHooks: typeof import('node:perf_hooks'),
): void {
  if (monitor === undefined) {
    try {
      monitor = perfHooks.monitorEventLoopDelay({ resolution: EVENT_LOOP_RESOLUTION_MS })
      monitor.enable()
    } catch {
      monitor = null // a runtime without it (Bun answers ERR_NOT_IMPLEMENTED)
    }
  }
  const histogram = monitor
  if (!histogram) return
  const stats: [string, string, () => number][] = [
    ['min', 'The minimum', () => histogram.min],
    ['max', 'The maximum', () => histogram.max],
    ['mean', 'The mean', () => histogram.mean],
    ['stddev', 'The standard deviation of', () => histogram.stddev],
    ['p50', 'The 50th percentile of', () => histogram.percentile(50)],
    ['p90', 'The 90th percentile of', () => histogram.percentile(90)],
    // Read last: the scrape's final series resets the window for the next scrape.
    [
      'p99',
      'The 99th percentile of',
      () => {
        const value = histogram.percentile(99)
        histogram.reset()
        return value
      },
    ],
  ]
  for (const [stat, phrase, read] of stats) {
    sampled(
      `nodejs_eventloop_lag_${stat}_seconds`,
      `${phrase} recorded event loop delays since the previous scrape, in seconds.`,
      'gauge',
      // No sample yet (just started or reset): min is 2^63 and mean NaN; report 0.
      () => (histogram.count === 0 ? 0 : read() / 1e9),
    )
  }
}
