import type { AttemptObserver } from '../upstream/attempt-observer'
import { countByLabel } from './count-by-label'
import { createCounter } from './create-counter'
import { createGauge } from './create-gauge'
import { createHistogram } from './create-histogram'
import { createKeyMetrics, type KeyMetrics } from './create-key-metrics'
import { createLabelCache } from './create-label-cache'
import { createMetricRegistry } from './create-metric-registry'
import { createRequestMetrics, type RequestMetrics } from './create-request-metrics'
import { registerProcessMetrics } from './register-process-metrics'

type RequestOutcome = 'ok' | 'error' | 'client_closed'
type StreamOutcome = 'done' | 'error' | 'client_closed'

/** The `upstream` label of a request no upstream answered (bad request, no route, all failed). */
export const NO_UPSTREAM = 'none'

/** Seconds: a fast streaming head is tens of ms; a non-streamed answer's head can take minutes. */
export const TIME_TO_FIRST_BYTE_BUCKETS = [
  0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120,
] as const

/** The gateway's series, one set per app instance. Label values: dialects and config names only. */
export interface GatewayMetrics extends AttemptObserver, RequestMetrics, KeyMetrics {
  /** Fields listed in `chatwire-dropped` (request hints, response-side losses). */
  dropped(inbound: string, upstream: string, count: number): void
  /** A chat request ended; `upstream` is the one that answered, if any. */
  requestEnded(inbound: string, upstream: string | undefined, outcome: RequestOutcome): void
  /** An HTTP error answer (before any stream) with this status. */
  requestFailed(inbound: string, status: number): void
  /** A failure of the gateway itself (a codec bug, a request it cannot encode). */
  localError(inbound: string): void
  /** A request refused at once because the gateway was at its limits (503). */
  shed(inbound: string): void
  streamStarted(): void
  /** Once per stream; also ends its request. */
  streamEnded(inbound: string, upstream: string, outcome: StreamOutcome): void
  /** The Prometheus text exposition (0.0.4). */
  render(): string
}

export function createGatewayMetrics(): GatewayMetrics {
  const registry = createMetricRegistry()
  const counter = (name: string, help: string) => registry.register(createCounter(name, help))
  const requests = counter(
    'chatwire_requests_total',
    'Chat requests by inbound dialect, answering upstream and outcome.',
  )
  const errors = counter(
    'chatwire_request_errors_total',
    'HTTP error answers to chat requests, by status.',
  )
  const localErrors = counter(
    'chatwire_local_errors_total',
    "Failures of the gateway itself (never an upstream's), by inbound dialect.",
  )
  const shed = counter(
    'chatwire_requests_shed_total',
    'Requests refused with 503 because the gateway was at its concurrency or body-bytes limit.',
  )
  const streams = counter('chatwire_streams_total', 'Streamed answers by how they ended.')
  const inFlight = registry.register(
    createGauge('chatwire_in_flight_streams', 'Streams currently being translated.'),
  )
  const dropped = counter(
    'chatwire_dropped_fields_total',
    'Fields dropped and listed in chatwire-dropped.',
  )
  const rejected = counter(
    'chatwire_semantic_losses_rejected_total',
    "Requests refused with a 400 because the route's upstream would lose meaning.",
  )
  const firstByte = registry.register(
    createHistogram(
      'chatwire_upstream_time_to_first_byte_seconds',
      'Seconds from sending an upstream request to its response head (any status).',
      TIME_TO_FIRST_BYTE_BUCKETS,
    ),
  )
  const upstreamErrors = counter(
    'chatwire_upstream_errors_total',
    'Failed upstream attempts before the stream, by status.',
  )
  const retries = counter('chatwire_upstream_retries_total', 'Retries sent to the same upstream.')
  const fallbacks = counter('chatwire_fallbacks_total', 'Requests answered by a fallback upstream.')
  const skipped = counter(
    'chatwire_fallbacks_skipped_total',
    'Fallbacks skipped because they would lose meaning.',
  )
  const perRequest = createRequestMetrics(registry)
  const perKey = createKeyMetrics(registry)
  registerProcessMetrics(registry)
  const byOutcome = createLabelCache(['inbound', 'upstream', 'outcome'])
  const byRoute = createLabelCache(['inbound', 'upstream'])
  const byStatus = createLabelCache(['inbound', 'status'])
  const byInbound = createLabelCache(['inbound'])
  const byUpstream = createLabelCache(['upstream'])
  const byUpstreamStatus = createLabelCache(['upstream', 'status'])

  const requestEnded: GatewayMetrics['requestEnded'] = (inbound, upstream, outcome) => {
    requests.inc(byOutcome(inbound, upstream ?? NO_UPSTREAM, outcome))
  }
  return {
    ...perRequest,
    ...perKey,
    dropped(inbound, upstream, count) {
      if (count > 0) dropped.inc(byRoute(inbound, upstream), count)
    },
    requestEnded,
    requestFailed(inbound, status) {
      errors.inc(byStatus(inbound, String(status)))
    },
    localError: countByLabel(localErrors, byInbound),
    shed: countByLabel(shed, byInbound),
    streamStarted() {
      inFlight.add(1)
    },
    streamEnded(inbound, upstream, outcome) {
      inFlight.add(-1)
      streams.inc(byOutcome(inbound, upstream, outcome))
      requestEnded(inbound, upstream, outcome === 'done' ? 'ok' : outcome)
    },
    responseHead(upstream, seconds) {
      firstByte.observe(byUpstream(upstream), seconds)
    },
    attemptFailed(upstream, status) {
      upstreamErrors.inc(byUpstreamStatus(upstream, String(status)))
    },
    retried: countByLabel(retries, byUpstream),
    fellBack: countByLabel(fallbacks, byUpstream),
    semanticLossRejected: countByLabel(rejected, byUpstream),
    fallbackSkipped: countByLabel(skipped, byUpstream),
    render: registry.render,
  }
}
