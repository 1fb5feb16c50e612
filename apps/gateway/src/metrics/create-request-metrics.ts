import { createCounter } from './create-counter'
import { createGauge } from './create-gauge'
import { createHistogram } from './create-histogram'
import { createLabelCache } from './create-label-cache'
import type { MetricRegistry } from './create-metric-registry'

/** How a request ended, in its log line and the duration histogram's `outcome` label. */
export type RequestEnd = 'ok' | 'upstream_error' | 'local_error' | 'client_closed' | 'timed_out'

/** Seconds: a cached short answer is milliseconds, a long streamed one minutes. */
export const REQUEST_DURATION_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300,
] as const

/** Seconds from arrival to the first content or tool-call delta sent to the client. */
export const TIME_TO_FIRST_TOKEN_BUCKETS = [
  0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
] as const

export interface RequestMetrics {
  /** A chat request arrived (the in-flight gauge goes up until {@link requestCompleted}). */
  requestStarted(): void
  /** Once per started request; `upstream` is the last one tried. */
  requestCompleted(inbound: string, upstream: string, end: RequestEnd, seconds: number): void
  firstToken(inbound: string, upstream: string, seconds: number): void
  /** Token usage as the upstream reported it. */
  tokensUsed(inbound: string, upstream: string, prompt: number, completion: number): void
}

/** The per-request series; every label value comes from a bounded set. */
export function createRequestMetrics(registry: MetricRegistry): RequestMetrics {
  const duration = registry.register(
    createHistogram(
      'chatwire_request_duration_seconds',
      'Seconds from a chat request arriving to its answer ending, by inbound dialect, upstream ' +
        '(the last one tried; none if none was) and outcome.',
      REQUEST_DURATION_BUCKETS,
    ),
  )
  const firstToken = registry.register(
    createHistogram(
      'chatwire_time_to_first_token_seconds',
      'Seconds from a streamed request arriving to its first content or tool-call delta sent.',
      TIME_TO_FIRST_TOKEN_BUCKETS,
    ),
  )
  const tokens = registry.register(
    createCounter(
      'chatwire_tokens_total',
      'Tokens the upstreams reported (kind prompt or completion), by inbound dialect and upstream.',
    ),
  )
  const inFlight = registry.register(
    createGauge('chatwire_in_flight_requests', 'Chat requests received and not yet answered.'),
  )
  const byEnd = createLabelCache(['inbound', 'upstream', 'outcome'])
  const byRoute = createLabelCache(['inbound', 'upstream'])
  const byKind = createLabelCache(['inbound', 'upstream', 'kind'])
  return {
    requestStarted() {
      inFlight.add(1)
    },
    requestCompleted(inbound, upstream, end, seconds) {
      inFlight.add(-1)
      duration.observe(byEnd(inbound, upstream, end), seconds)
    },
    firstToken(inbound, upstream, seconds) {
      firstToken.observe(byRoute(inbound, upstream), seconds)
    },
    tokensUsed(inbound, upstream, prompt, completion) {
      tokens.inc(byKind(inbound, upstream, 'prompt'), prompt)
      tokens.inc(byKind(inbound, upstream, 'completion'), completion)
    },
  }
}
