import type { ChatRequest } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import type { GatewayAnswer } from '../http/gateway-call'
import type { InboundDialect } from '../inbound/inbound-dialect'
import type { Logger } from '../log/logger'
import type { GatewayMetrics } from '../metrics/create-gateway-metrics'
import type { Redactor } from '../secrets/create-redactor'
import type { OpenedAttempt } from '../upstream/open-with-fallbacks'
import { createTranslatedStream } from './create-translated-stream'

export interface StreamAnswerOptions {
  inbound: InboundDialect
  opened: OpenedAttempt
  request: ChatRequest
  route: Route
  headers: Record<string, string>
  logger: Logger
  metrics: GatewayMetrics
  redact: Redactor
  /** Called once when the stream ended, failed or the client left. */
  onEnd(): void
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
      // OpenAI finishes one call's fragments before the next starts, and its SDK relies on it.
      orderToolCalls: inbound.dialect === 'openai',
      ...(route.elasticChunks === 'wrapped' ? { variant: 'wrapped' } : {}),
    },
    commentsAreProgress: route.commentsAreProgress === true,
    redact: options.redact,
    onEnd(outcome) {
      const fields = { requestId: headers['x-request-id'], upstream: candidate.name }
      if (outcome.type === 'error') {
        logger.warn('stream.error', { ...fields, error: outcome.error.message })
        if (outcome.local) metrics.localError(inbound.dialect)
      } else logger.info(`stream.${outcome.type}`, fields)
      metrics.streamEnded(
        inbound.dialect,
        candidate.name,
        outcome.type === 'client-closed' ? 'client_closed' : outcome.type,
      )
      options.onEnd()
    },
  })
  return {
    status: 200,
    headers: { ...inbound.streamHeaders, ...inbound.headers, ...headers },
    stream,
  }
}
