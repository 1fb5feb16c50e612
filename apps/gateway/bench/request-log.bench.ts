// Per-request cost of observability: writing the one request log line (ours: JSON.stringify +
// one write per event-loop turn; pino 10 + sonic-boom writing 4 KiB batches synchronously, its
// nearest equivalent) and updating the
// request metrics (ours: label strings cached; prom-client 15: label objects hashed per call),
// then the whole `finishRequest` as the gateway runs it (redacting logger + metrics) against
// the two info lines a streamed request wrote before it (`request.routed` + `stream.done`).
// Every writer goes to /dev/null. Besides tinybench's wall-clock mean, each task's CPU time per
// call (process.cpuUsage over 20 000 calls, median of 5): steadier on a loaded machine.
// Ratios are against ours, measured in this run.
// Run: taskset -c 1 pnpm bench request-log
import { openSync } from 'node:fs'
import pino from 'pino'
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import { Bench } from 'tinybench'
import { createBatchedWriter } from '../src/log/create-batched-writer'
import { createSafeLogger } from '../src/log/create-safe-logger'
import { createJsonLogger } from '../src/log/logger'
import { createGatewayMetrics } from '../src/metrics/create-gateway-metrics'
import {
  REQUEST_DURATION_BUCKETS,
  TIME_TO_FIRST_TOKEN_BUCKETS,
} from '../src/metrics/create-request-metrics'
import { finishRequest } from '../src/pipeline/finish-request'
import { createRequestRecord } from '../src/pipeline/request-record'
import { createRedactor } from '../src/secrets/create-redactor'

const fd = openSync('/dev/null', 'w')
/** The fields of a streamed request's line, as `finishRequest` writes them. */
const fields = {
  requestId: '6f1c2a3e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  inbound: 'openai',
  route: 'gpt-*',
  model: 'gpt-4o-mini',
  stream: true,
  upstream: 'main',
  attempts: 1,
  status: 200,
  outcome: 'ok',
  durationMs: 812.4,
  ttfbMs: 120.7,
  ttftMs: 131.2,
  promptTokens: 24,
  completionTokens: 180,
  totalTokens: 204,
  dropped: 'user, service_tier',
}

const ours = createJsonLogger(createBatchedWriter(fd))
const redact = createRedactor({
  upstreams: {
    main: { dialect: 'openai', baseURL: 'http://127.0.0.1/v1', apiKey: 'sk-bench-0123456789' },
  },
  routes: [{ match: '*', upstream: 'main' }],
})
const oursSafe = createSafeLogger(ours, redact)
// Same line shape: ISO time, level label, the event as `event`, no pid/hostname.
const theirs = pino(
  {
    base: null,
    messageKey: 'event',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  pino.destination({ dest: fd, sync: true, minLength: 4096 }),
)

const metrics = createGatewayMetrics()
const registry = new Registry()
const promDuration = new Histogram({
  name: 'd_seconds',
  help: 'd',
  labelNames: ['inbound', 'upstream', 'outcome'],
  buckets: [...REQUEST_DURATION_BUCKETS],
  registers: [registry],
})
const promFirstToken = new Histogram({
  name: 't_seconds',
  help: 't',
  labelNames: ['inbound', 'upstream'],
  buckets: [...TIME_TO_FIRST_TOKEN_BUCKETS],
  registers: [registry],
})
const promTokens = new Counter({
  name: 'k_total',
  help: 'k',
  labelNames: ['inbound', 'upstream', 'kind'],
  registers: [registry],
})
const promInFlight = new Gauge({ name: 'f', help: 'f', registers: [registry] })

const tasks: [string, () => unknown][] = [
  [
    'before: request.routed + stream.done lines (production)',
    () => {
      oursSafe.info('request.routed', {
        requestId: fields.requestId,
        inbound: 'openai',
        model: fields.model,
        upstream: 'main',
        stream: true,
      })
      oursSafe.info('stream.done', { requestId: fields.requestId, upstream: 'main' })
    },
  ],
  ['log line: ours (JSON.stringify, batched write)', () => ours.info('request', fields)],
  ['log line: pino 10 (sonic-boom, 4 KiB sync batches)', () => theirs.info(fields, 'request')],
  ['log line: ours + redaction/bounds (production)', () => oursSafe.info('request', fields)],
  ['dropped debug line: ours', () => ours.debug('request.routed', fields)],
  ['dropped debug line: pino', () => theirs.debug(fields, 'request.routed')],
  [
    'request metrics: ours (cached label strings)',
    () => {
      metrics.requestStarted()
      metrics.requestCompleted('openai', 'main', 'ok', 0.8124)
      metrics.firstToken('openai', 'main', 0.1312)
      metrics.tokensUsed('openai', 'main', 24, 180)
    },
  ],
  [
    'request metrics: prom-client 15 (label objects)',
    () => {
      promInFlight.inc()
      promInFlight.dec()
      promDuration.observe({ inbound: 'openai', upstream: 'main', outcome: 'ok' }, 0.8124)
      promFirstToken.observe({ inbound: 'openai', upstream: 'main' }, 0.1312)
      promTokens.inc({ inbound: 'openai', upstream: 'main', kind: 'prompt' }, 24)
      promTokens.inc({ inbound: 'openai', upstream: 'main', kind: 'completion' }, 180)
    },
  ],
  [
    'finishRequest: line + metrics (production)',
    () => {
      const record = createRequestRecord(fields.requestId, 'openai')
      record.route = fields.route
      record.model = fields.model
      record.stream = true
      record.upstream = 'main'
      record.attempts = 1
      record.headAt = record.startedAt + 120.7
      record.firstTokenAt = record.startedAt + 131.2
      record.usage = { promptTokens: 24, completionTokens: 180, totalTokens: 204 }
      record.dropped = fields.dropped
      metrics.requestStarted()
      finishRequest(record, 200, 'ok', oursSafe, metrics)
    },
  ],
]

const bench = new Bench({ time: 1000, warmup: true })
for (const [name, fn] of tasks) bench.add(name, fn)
await bench.run()

/** CPU µs per call: the median of 5 rounds of 20 000 calls. */
function cpuMicros(fn: () => unknown): number {
  const rounds: number[] = []
  for (let round = 0; round < 5; round++) {
    const before = process.cpuUsage()
    for (let i = 0; i < 20_000; i++) fn()
    const used = process.cpuUsage(before)
    rounds.push((used.user + used.system) / 20_000)
  }
  return rounds.sort((a, b) => a - b)[2] as number
}

function wallMicros(name: string): number {
  const result = bench.getTask(name)?.result as { latency?: { mean: number } } | undefined
  if (!result?.latency) throw new Error(`${name} did not complete`)
  return result.latency.mean * 1000
}

const cpu = tasks.map(([, fn]) => cpuMicros(fn))
console.table(
  tasks.map(([name], index) => ({
    task: name,
    'wall µs/op': wallMicros(name).toFixed(3),
    'cpu µs/op': (cpu[index] as number).toFixed(3),
  })),
)
const [before = 1, line = 1, pinoLine = 0, safeLine = 0, , , ourMetrics = 1, prom = 0, all = 0] =
  cpu
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
console.log(
  `CPU ratios: pino / ours (line) ${ratio(pinoLine, line)}, redaction+bounds / plain ` +
    `${ratio(safeLine, line)}, prom-client / ours (metrics) ${ratio(prom, ourMetrics)}, ` +
    `finishRequest / before ${ratio(all, before)} (${(all - before).toFixed(2)} µs per request)`,
)
theirs.flush()
// sonic-boom keeps the process alive; exit also flushes the batched writer.
process.exit(0)
