import type { ErrorKind } from '@chatwire/core'
import type { LineLevel, Logger } from '../log/logger'
import { NO_UPSTREAM } from '../metrics/create-gateway-metrics'
import type { RequestEnd, RequestMetrics } from '../metrics/create-request-metrics'
import type { RequestRecord } from './request-record'

/** Milliseconds with 0.1 ms resolution: enough to read, short to write. */
const ms = (from: number, to: number) => Math.round((to - from) * 10) / 10

/**
 * The request's one log line and its metrics, at its end: `info` when it was answered or the
 * client left, `warn` for an upstream's failure or a refused request, `error` for the gateway's
 * own 5xx.
 */
export function finishRequest(
  record: RequestRecord,
  status: number,
  end: RequestEnd,
  logger: Logger,
  metrics: RequestMetrics,
  error?: string,
): void {
  const now = performance.now()
  const upstream = record.upstream ?? NO_UPSTREAM
  metrics.requestCompleted(record.inbound, upstream, end, (now - record.startedAt) / 1000)
  if (record.firstTokenAt !== undefined)
    metrics.firstToken(record.inbound, upstream, (record.firstTokenAt - record.startedAt) / 1000)
  const { usage } = record
  if (usage)
    metrics.tokensUsed(record.inbound, upstream, usage.promptTokens, usage.completionTokens)
  const level = levelOf(end, status)
  if (!logger.enabled(level)) return
  logger[level]('request', {
    requestId: record.requestId,
    inbound: record.inbound,
    key: record.key,
    route: record.route,
    model: record.model,
    stream: record.stream,
    upstream: record.upstream,
    attempts: record.attempts,
    status,
    outcome: end,
    durationMs: ms(record.startedAt, now),
    ttfbMs: record.headAt === undefined ? undefined : ms(record.startedAt, record.headAt),
    ttftMs:
      record.firstTokenAt === undefined ? undefined : ms(record.startedAt, record.firstTokenAt),
    promptTokens: usage?.promptTokens,
    completionTokens: usage?.completionTokens,
    totalTokens: usage?.totalTokens,
    dropped: record.dropped,
    error,
  })
}

/** How an answered error ended: the gateway's own, an upstream's, or a wait that ran out. */
export function endOfError(
  kind: ErrorKind | undefined,
  local: boolean,
  upstreamTried: boolean,
): RequestEnd {
  if (local) return 'local_error'
  if (kind === 'timeout') return 'timed_out'
  return upstreamTried ? 'upstream_error' : 'local_error'
}

function levelOf(end: RequestEnd, status: number): LineLevel {
  if (end === 'ok' || end === 'client_closed') return 'info'
  return end === 'local_error' && status >= 500 ? 'error' : 'warn'
}
