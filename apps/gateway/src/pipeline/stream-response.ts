import type { ChatRequest } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import type { InboundDialect } from '../inbound/inbound-dialect'
import type { Logger } from '../log/logger'
import type { GatewayMetrics } from '../metrics/create-gateway-metrics'
import type { OpenedAttempt } from '../upstream/open-with-fallbacks'
import { createTranslatedBody } from './create-translated-body'

/** 200 + the client dialect's event stream, translated on the fly from the upstream's. */
export function streamResponse(
  inbound: InboundDialect,
  opened: OpenedAttempt,
  request: ChatRequest,
  route: Route,
  headers: Record<string, string>,
  logger: Logger,
  metrics: GatewayMetrics,
): Response {
  const { candidate } = opened.attempt
  metrics.streamStarted()
  const body = createTranslatedBody({
    body: opened.response.body ?? emptyBody(),
    abort: opened.abort,
    from: candidate.codec,
    to: inbound.codec,
    encodeOptions: {
      includeUsage: request.streamOptions?.includeUsage === true,
      ...(route.elasticChunks === 'wrapped' ? { variant: 'wrapped' } : {}),
    },
    onEnd(outcome) {
      const fields = { requestId: headers['x-request-id'], upstream: candidate.name }
      if (outcome.type === 'error')
        logger.warn('stream.error', { ...fields, error: outcome.error.message })
      else logger.info(`stream.${outcome.type}`, fields)
      metrics.streamEnded(
        inbound.dialect,
        candidate.name,
        outcome.type === 'client-closed' ? 'client_closed' : outcome.type,
      )
    },
  })
  return new Response(body, {
    status: 200,
    headers: { ...inbound.streamHeaders, ...inbound.headers, ...headers },
  })
}

/** A 2xx without a body: the decoder's `end()` reports the missing terminator. */
function emptyBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.close()
    },
  })
}
