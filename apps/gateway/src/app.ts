import { ChatwireError, createDialectRegistry, type Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { Hono } from 'hono'
import type { GatewayConfig } from './config/gateway-config'
import { GATEWAY_DEFAULTS } from './config/gateway-defaults'
import { assertGatewayConfig } from './config/validate-config'
import { createInboundDialects, type InboundDialects } from './dialects/create-inbound-dialects'
import { inboundForPath } from './dialects/inbound-for-path'
import type { GatewayState } from './gateway-state'
import { answerToResponse, trackResponseBody } from './http/answer-to-response'
import { createLifecycle, type Lifecycle } from './http/create-lifecycle'
import { createSafeLogger } from './log/create-safe-logger'
import { createJsonLogger, type Logger } from './log/logger'
import { createGatewayMetrics } from './metrics/create-gateway-metrics'
import { errorAnswer } from './pipeline/error-answer'
import { type BrowserPolicy, createBrowserPolicy } from './policy/browser-policy'
import { createAdmission } from './policy/create-admission'
import { createClientAuth } from './quota/create-client-auth'
import type { QuotaStore } from './quota/quota-store'
import { chatCompletionRoutes } from './routes/chat-completion-routes'
import { docsRoutes } from './routes/docs-routes'
import { healthRoutes } from './routes/health-routes'
import { metricsRoutes } from './routes/metrics-routes'
import { modelsRoutes } from './routes/models-routes'
import { createRouteSelector } from './routing/select-route'
import { createRedactor } from './secrets/create-redactor'
import { createUpstreamCandidates } from './upstream/create-upstream-candidates'
import { createFetchUpstreamClient } from './upstream/fetch-upstream-client'
import type { FetchFunction, UpstreamClient } from './upstream/upstream-client'

export interface GatewayOptions {
  /** Upstream `fetch` (default: the global one; on Node's fast path, undici's pool client). */
  fetch?: FetchFunction
  logger?: Logger
  /**
   * The dialects served inbound and spoken to upstreams (default: `defaultDialects` from
   * `@chatwire/dialects`). The first is the fallback: unknown paths, `/v1/models` and crashes
   * are answered in its envelope.
   */
  dialects?: readonly Dialect[]
  /**
   * The address the server is bound to (default `server.host`, else `127.0.0.1`): on loopback,
   * requests whose `Host` is not a loopback name are refused (DNS rebinding).
   */
  bindHost?: string
  /**
   * Readiness and drain (`GET /readyz`); default: ready at once (a portable app has nothing to
   * start). The Node server passes one that turns ready once it listens.
   */
  lifecycle?: Lifecycle
  /**
   * Where per-key limits are counted, ready to use: required when `auth.store` names Redis or a
   * Durable Object (the Node server and the Workers entry build them); default: in memory.
   */
  quotaStore?: QuotaStore | undefined
  /**
   * One pooled upstream client per upstream (its connect timeout given); default: every upstream
   * shares one client over `fetch`. The Node server passes undici's pool client
   * (`upstream/undici-upstream-client.ts`), which the portable app never imports: it bundles for
   * workerd, Deno and browsers without Node modules.
   */
  createUpstreamClient?: (timeouts: { connectMs: number }) => UpstreamClient
}

/** The gateway's parts: the portable Hono app and what the Node fast path shares with it. */
export interface Gateway {
  app: Hono
  state: GatewayState
  inbound: InboundDialects
  policy: BrowserPolicy
  /** Closes pooled upstream connections. */
  close(): Promise<void>
}

/** The gateway as a Hono app: `app.fetch(Request) → Response` runs on any runtime. */
export function createGatewayApp(config: GatewayConfig, options: GatewayOptions = {}): Hono {
  return createGateway(config, options).app
}

/** Builds the gateway; `createUpstreamClient` gives each upstream its own client (server/). */
export function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Gateway {
  const dialects = options.dialects ?? defaultDialects
  const registry = createDialectRegistry(dialects)
  assertGatewayConfig(config, dialects)
  const redact = createRedactor(config)
  const server = { ...GATEWAY_DEFAULTS.server, ...config.server }
  const clients: UpstreamClient[] = []
  const shared = createFetchUpstreamClient(options.fetch ?? ((input, init) => fetch(input, init)))
  const create = options.fetch ? undefined : options.createUpstreamClient
  const clientFor = create
    ? (timeouts: { connectMs: number }) => {
        const client = create(timeouts)
        clients.push(client)
        return client
      }
    : () => shared
  const logger = createSafeLogger(options.logger ?? createJsonLogger(), redact)
  const metrics = createGatewayMetrics()
  const { auth, ...rest } = config
  const clientAuth = createClientAuth(auth, { ...options, logger, metrics })
  const state: GatewayState = {
    config: rest,
    selectRoute: createRouteSelector(config),
    upstreams: createUpstreamCandidates(config, registry, clientFor),
    logger,
    metrics,
    clients: clientAuth.clients,
    quota: clientAuth.quota,
    admission: createAdmission(server.maxConcurrentRequests, server.maxInflightBodyBytes),
    redact,
    maxBodyBytes: server.maxBodyBytes,
    maxModelLength: server.maxModelLength,
    lifecycle: options.lifecycle ?? createLifecycle('ready'),
  }
  const inbound = createInboundDialects(registry)
  const policy = createBrowserPolicy({
    bindHost: options.bindHost ?? config.server?.host ?? '127.0.0.1',
    clientHeaders: registry.dialects.flatMap((dialect) => dialect.clientHeaders ?? []),
    ...(server.allowedHosts ? { allowedHosts: server.allowedHosts } : {}),
    ...(server.cors ? { cors: server.cors } : {}),
  })
  const app = new Hono()
  app.use(async (c, next) => {
    const verdict = policy(
      c.req.method,
      c.req.header('host') ?? new URL(c.req.url).host,
      c.req.header('origin'),
      c.req.header('access-control-request-headers'),
    )
    if (verdict.type === 'refuse') {
      return answerToResponse(errorAnswer(inboundForPath(inbound, c.req.path), verdict.error))
    }
    if (verdict.type === 'preflight')
      return new Response(null, { status: 204, headers: verdict.headers })
    await next()
    trackResponseBody(c.res.body, state.lifecycle)
    if (verdict.headers)
      for (const [name, value] of Object.entries(verdict.headers)) c.res.headers.set(name, value)
  })
  app.route('/', healthRoutes(state.lifecycle))
  app.route('/', metricsRoutes(state.metrics))
  app.route('/', modelsRoutes(state, inbound.fallback))
  app.route('/', chatCompletionRoutes(state, inbound))
  app.route('/', docsRoutes(config, registry))
  app.notFound((c) =>
    answerToResponse(
      errorAnswer(
        inbound.fallback,
        new ChatwireError({
          kind: 'not_found',
          message: `Invalid URL (${c.req.method} ${c.req.path})`,
        }),
      ),
    ),
  )
  app.onError((error) => {
    state.logger.error('unhandled', {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
    return answerToResponse(errorAnswer(inbound.fallback, error))
  })
  return {
    app,
    state,
    inbound,
    policy,
    async close() {
      await Promise.all([...clients.map((client) => client.close()), clientAuth.close()])
    },
  }
}
