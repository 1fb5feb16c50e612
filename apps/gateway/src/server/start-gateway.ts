import { getRequestListener } from '@hono/node-server'
import { createGateway, type GatewayOptions } from '../app'
import { createEmbeddedConfig } from '../config/create-embedded-config'
import type { GatewayConfig } from '../config/gateway-config'
import { createBatchedWriter } from '../log/create-batched-writer'
import { createJsonLogger } from '../log/logger'
import { createNodeHandler } from './create-node-handler'
import { listen, type RunningServer } from './listen'
import { startEmbeddedUpstreams } from './start-embedded-upstreams'

export interface StartGatewayOptions extends GatewayOptions {
  /** Absent: the embedded default (in-process emulators for all four dialects). */
  config?: GatewayConfig
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

export interface RunningGateway extends RunningServer {
  config: GatewayConfig
  /** True when serving the embedded default. */
  embedded: boolean
}

/** Starts the gateway on Node; with no config, the embedded emulators start first. */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const embedded = options.config ? undefined : await startEmbeddedUpstreams()
  const config = options.config ?? createEmbeddedConfig(embedded!.urls)
  const host = options.host ?? config.server?.host ?? '127.0.0.1'
  const port = options.port ?? config.server?.port ?? 8787
  const adapter = options.adapter ?? (process.env.CHATWIRE_ADAPTER === 'fetch' ? 'fetch' : 'node')
  const gateway = createGateway(config, {
    ...options,
    logger: options.logger ?? createJsonLogger(createBatchedWriter()),
    bindHost: host,
    upstreamClient: adapter === 'node' ? 'undici' : 'fetch',
  })
  try {
    const handler =
      adapter === 'node' ? createNodeHandler(gateway) : getRequestListener(gateway.app.fetch)
    const server = await listen(handler, host, port)
    return {
      ...server,
      config,
      embedded: embedded !== undefined,
      async close() {
        await server.close()
        await gateway.close()
        await embedded?.close()
      },
    }
  } catch (error) {
    await gateway.close()
    await embedded?.close()
    throw error
  }
}
