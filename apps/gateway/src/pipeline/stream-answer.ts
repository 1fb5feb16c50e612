import type { ChatRequest } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import type { InboundDialect } from '../dialects/inbound-dialect'
import type { GatewayAnswer } from '../http/gateway-call'
import type { Logger } from '../log/logger'
import type { GatewayMetrics } from '../metrics/create-gateway-metrics'
import type { Redactor } from '../secrets/create-redactor'
import type { OpenedAttempt } from '../upstream/open-with-fallbacks'
import { createTranslatedStream, type StreamOutcome } from './create-translated-stream'
import { endOfError, finishRequest } from './finish-request'
import type { RequestRecord } from './request-record'

export interface StreamAnswerOptions {
  inbound: InboundDialect
  opened: OpenedAttempt
  request: ChatRequest
  route: Route
  headers: Record<string, string>
  logger: Logger
  metrics: GatewayMetrics
  redact: Redactor
  /** Written as the request's log line when the stream ends. */
  record: RequestRecord
  /** Called once when the stream ended (`answered`: with the dialect's terminator), failed or the client left. */
  onEnd(answered: boolean): void
}

/** 200 + the client dialect's event stream, translated on the fly from the upstream's. */
export function streamAnswer(options: StreamAnswerOptions): GatewayAnswer {
  const { inbound, opened, request, route, headers, logger, metrics } = options
  const { candidate } = opened.attempt
  metrics.streamStarted()
  const stream = createTranslatedStream({
    body: opened.reply.body,
    guard: opened.guard,
    candidate,
    to: inbound.codec,
    encodeOptions: {
      includeUsage: request.streamOptions?.includeUsage === true,
      orderToolCalls: inbound.orderToolCalls,
      ...variantOf(inbound, route),
    },
    commentsAreProgress: route.commentsAreProgress === true,
    redact: options.redact,
    progress: options.record,
    onEnd(outcome) {
      if (outcome.type === 'error' && outcome.local) metrics.localError(inbound.dialect)
      logStreamEnd(options.record, outcome, logger, metrics)
      metrics.streamEnded(
        inbound.dialect,
        candidate.name,
        outcome.type === 'client-closed' ? 'client_closed' : outcome.type,
      )
      options.onEnd(outcome.type === 'done')
    },
  })
  return {
    status: 200,
    headers: { ...inbound.streamHeaders, ...inbound.headers, ...headers },
    stream,
  }
}

/** The stream encoder's `variant` the route picks for this endpoint, if any. */
function variantOf(inbound: InboundDialect, route: Route): { variant?: string } {
  const variant = inbound.streamVariant?.(route)
  return variant === undefined ? {} : { variant }
}

/** The request's line: its status stays the 200 already sent; the outcome says how it ended. */
function logStreamEnd(
  record: RequestRecord,
  outcome: StreamOutcome,
  logger: Logger,
  metrics: GatewayMetrics,
): void {
  if (outcome.type !== 'error') {
    const end = outcome.type === 'done' ? 'ok' : 'client_closed'
    finishRequest(record, 200, end, logger, metrics)
  } else {
    const end = endOfError(outcome.error.kind, outcome.local, true)
    finishRequest(record, 200, end, logger, metrics, outcome.error.message)
  }
}
