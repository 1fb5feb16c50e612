import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { type Emulator, startEmulator } from '@chatwire/emulator'
import type { GatewayConfig } from '../config/gateway-config'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

export interface Matrix {
  gateway: RunningGateway
  /** By dialect name. */
  emulators: Readonly<Record<string, Emulator>>
  /** The model (or inference id) routed to each upstream dialect. */
  modelFor(upstream: string): string
  close(): Promise<void>
}

export interface MatrixOptions {
  /** The dialects the gateway serves and calls, one emulator each (default: the default four). */
  dialects?: readonly Dialect[]
  /** By dialect name: a key its emulator insists on, which the gateway's upstream sends. */
  apiKeys?: Readonly<Record<string, string>>
}

/**
 * One emulator per dialect (at the base path of its embedded default) behind one gateway, all
 * on 127.0.0.1 ephemeral ports.
 */
export async function startMatrix(options: MatrixOptions = {}): Promise<Matrix> {
  const dialects = options.dialects ?? defaultDialects
  const keyOf = (dialect: Dialect) => options.apiKeys?.[dialect.name]
  const started = await Promise.all(
    dialects.map((dialect) => {
      const apiKey = keyOf(dialect)
      return startEmulator({ dialect, dialects, ...(apiKey === undefined ? {} : { apiKey }) })
    }),
  )
  const emulators = Object.fromEntries(started.map((emulator) => [emulator.dialect, emulator]))
  const modelFor = (upstream: string) => `via-${upstream}`
  const config: GatewayConfig = {
    upstreams: Object.fromEntries(
      dialects.map((dialect, index) => {
        const apiKey = keyOf(dialect)
        const baseURL = `${started[index]?.url}${dialect.embedded?.[0]?.path ?? ''}`
        return [
          dialect.name,
          { dialect: dialect.name, baseURL, ...(apiKey === undefined ? {} : { apiKey }) },
        ]
      }),
    ),
    routes: dialects.map(({ name }) => ({ match: modelFor(name), upstream: name })),
  }
  const gateway = await startGateway({
    config,
    dialects,
    host: '127.0.0.1',
    port: 0,
    logger: silentLogger,
  })
  return {
    gateway,
    emulators,
    modelFor,
    async close() {
      await gateway.close()
      await Promise.all(started.map((emulator) => emulator.close()))
    },
  }
}
