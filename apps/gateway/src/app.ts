import { ChatwireError } from '@chatwire/core'
import { Hono } from 'hono'
import { encodeClientKeys } from './auth/check-client-key'
import type { GatewayConfig } from './config/gateway-config'
import type { GatewayState } from './gateway-state'
import { createInboundDialects } from './inbound/create-inbound-dialects'
import { defaultCodecs } from './inbound/default-codecs'
import type { GatewayCodecs } from './inbound/gateway-codecs'
import { createJsonLogger, type Logger } from './log/logger'
import { createGatewayMetrics } from './metrics/create-gateway-metrics'
import { errorResponse } from './pipeline/error-response'
import { chatCompletionRoutes } from './routes/chat-completion-routes'
import { docsRoutes } from './routes/docs-routes'
import { elasticStreamOnlyRoutes } from './routes/elastic-stream-only-routes'
import { healthRoutes } from './routes/health-routes'
import { metricsRoutes } from './routes/metrics-routes'
import { modelsRoutes } from './routes/models-routes'
import { createRouteSelector } from './routing/select-route'
import { createUpstreamCandidates } from './upstream/create-upstream-candidates'
import type { FetchFunction } from './upstream/open-upstream'

export interface GatewayOptions {
  /** Upstream `fetch` (default: the global one). */
  fetch?: FetchFunction
  logger?: Logger
  codecs?: GatewayCodecs
}

/** The gateway as a Hono app: `app.fetch(Request) → Response` runs on any runtime. */
export function createGatewayApp(config: GatewayConfig, options: GatewayOptions = {}): Hono {
  const codecs = options.codecs ?? defaultCodecs
  const state: GatewayState = {
    config,
    selectRoute: createRouteSelector(config),
    upstreams: createUpstreamCandidates(config, codecs),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    logger: options.logger ?? createJsonLogger(),
    metrics: createGatewayMetrics(),
    keys: config.auth ? encodeClientKeys(config.auth.keys) : undefined,
  }
  const inbound = createInboundDialects(codecs)
  const app = new Hono()
  app.route('/', healthRoutes())
  app.route('/', metricsRoutes(state.metrics))
  app.route('/', modelsRoutes(state, inbound))
  app.route('/', chatCompletionRoutes(state, inbound))
  app.route('/', elasticStreamOnlyRoutes(inbound))
  app.route('/', docsRoutes(config))
  app.notFound((c) =>
    errorResponse(
      inbound.openai,
      new ChatwireError({
        kind: 'not_found',
        message: `Invalid URL (${c.req.method} ${c.req.path})`,
      }),
    ),
  )
  app.onError((error) => {
    state.logger.error('unhandled', { error: String(error) })
    return errorResponse(inbound.openai, error)
  })
  return app
}
