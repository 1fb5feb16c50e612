import { defaultDialects } from '@chatwire/dialects'
import { getRequestListener } from '@hono/node-server'
import { createGateway, type GatewayOptions } from '../app'
import { createEmbeddedConfig } from '../config/create-embedded-config'
import type { GatewayConfig } from '../config/gateway-config'
import { GATEWAY_DEFAULTS } from '../config/gateway-defaults'
import { createLifecycle } from '../http/create-lifecycle'
import { createBatchedWriter } from '../log/create-batched-writer'
import { createJsonLogger } from '../log/logger'
import type { QuotaStore } from '../quota/quota-store'
import { openRedisStoreFromConfig } from '../quota/redis-store-from-config'
import { createUndiciUpstreamClient } from '../upstream/undici-upstream-client'
import { createNodeHandler } from './create-node-handler'
import { drainDeadlineError } from './drain-deadline-error'
import type { DrainResult } from './drain-server'
import { listen, type RunningServer } from './listen'
import { startEmbeddedUpstreams } from './start-embedded-upstreams'

export interface StartGatewayOptions extends GatewayOptions {
  /** Absent: the embedded default (an in-process emulator per dialect with `embedded`). */
  config?: GatewayConfig | undefined
  /** Overrides `server.host` (default `127.0.0.1`). */
  host?: string
  /** Overrides `server.port` (default 8787; 0 = ephemeral). */
  port?: number
  /**
   * `node` (default): chat requests served straight from `node:http` with undici's pool as
   * the upstream client. `fetch`: every request through the portable Hono app and `fetch`, as
   * on other runtimes. Both answer identically; the test suites run against both.
   */
  adapter?: 'node' | 'fetch'
}

export interface RunningGateway extends Omit<RunningServer, 'drain'> {
  config: GatewayConfig
  /** True when serving the embedded default. */
  embedded: boolean
  /**
   * Graceful stop (SIGTERM): `/readyz` answers 503, no new connections, requests in flight run
   * up to `server.drainTimeoutMs`, streams still open then end with their dialect's error
   * event; then everything is closed. Calling it again returns the same drain.
   */
  drain(): Promise<DrainResult>
}

/** Starts the gateway on Node; with no config, the embedded emulators start first. */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const dialects = options.dialects ?? defaultDialects
  const embedded = options.config ? undefined : await startEmbeddedUpstreams(dialects)
  const config =
    options.config ?? createEmbeddedConfig(embedded!.urls, undefined, undefined, dialects)
  const host = options.host ?? config.server?.host ?? '127.0.0.1'
  const port = options.port ?? config.server?.port ?? 8787
  const adapter = options.adapter ?? (process.env.CHATWIRE_ADAPTER === 'fetch' ? 'fetch' : 'node')
  const lifecycle = options.lifecycle ?? createLifecycle()
  const logger = options.logger ?? createJsonLogger(createBatchedWriter())
  // One connection per process: each `--workers` worker opens its own.
  const redis = options.quotaStore ? undefined : await openRedisStoreFromConfig(config, logger)
  const gateway = await closeOnThrow(redis, () =>
    createGateway(config, {
      ...options,
      logger,
      quotaStore: options.quotaStore ?? redis,
      bindHost: host,
      ...(adapter === 'node'
        ? {
            createUpstreamClient: ({ connectMs }: { connectMs: number }) =>
              createUndiciUpstreamClient({ connectTimeoutMs: connectMs }),
          }
        : {}),
      lifecycle,
    }),
  )
  const closeRest = async () => {
    await gateway.close()
    await redis?.close()
    await embedded?.close()
  }
  try {
    const handler =
      adapter === 'node' ? createNodeHandler(gateway) : getRequestListener(gateway.app.fetch)
    const server = await listen(handler, host, port)
    lifecycle.ready()
    const deadlineMs = config.server?.drainTimeoutMs ?? GATEWAY_DEFAULTS.server.drainTimeoutMs
    let draining: Promise<DrainResult> | undefined
    return {
      url: server.url,
      config,
      embedded: embedded !== undefined,
      async close() {
        lifecycle.startDrain()
        await server.close()
        await closeRest()
      },
      drain() {
        lifecycle.startDrain()
        draining ??= server
          .drain(deadlineMs, () => lifecycle.interruptStreams(drainDeadlineError(deadlineMs)))
          .then(async (result) => {
            await closeRest()
            return result
          })
        return draining
      },
    }
  } catch (error) {
    await closeRest()
    throw error
  }
}

/** `build()`, closing `store` (opened for it) when it throws, e.g. on a refused config. */
async function closeOnThrow<T>(store: QuotaStore | undefined, build: () => T): Promise<T> {
  try {
    return build()
  } catch (error) {
    await store?.close()
    throw error
  }
}
