import { createGatewayApp, type GatewayOptions } from '../app'
import { createEmbeddedConfig } from '../config/create-embedded-config'
import type { GatewayConfig } from '../config/gateway-config'
import { listen, type RunningServer } from './listen'
import { startEmbeddedUpstreams } from './start-embedded-upstreams'

export interface StartGatewayOptions extends GatewayOptions {
  /** Absent: the embedded default (in-process emulators for all four dialects). */
  config?: GatewayConfig
  /** Overrides `server.host` (default `127.0.0.1`). */
  host?: string
  /** Overrides `server.port` (default 8787; 0 = ephemeral). */
  port?: number
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
  try {
    const server = await listen(createGatewayApp(config, options), host, port)
    return {
      ...server,
      config,
      embedded: embedded !== undefined,
      async close() {
        await server.close()
        await embedded?.close()
      },
    }
  } catch (error) {
    await embedded?.close()
    throw error
  }
}
