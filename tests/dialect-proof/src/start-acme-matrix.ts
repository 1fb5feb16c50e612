import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { type Emulator, startEmulator } from '@chatwire/emulator'
import {
  type GatewayConfig,
  type RunningGateway,
  silentLogger,
  startGateway,
} from '@chatwire/gateway'
import { acmeDialect } from '@chatwire-test/dialect-fixture'

/** The key the acme emulator insists on, in `X-Acme-Key`. */
export const ACME_TEST_KEY = 'acme-upstream-key'

export interface AcmeMatrix {
  gateway: RunningGateway
  dialects: readonly Dialect[]
  emulators: Readonly<Record<string, Emulator>>
  /** The model routed to each upstream dialect. */
  modelFor(upstream: string): string
  close(): Promise<void>
}

/**
 * The gateway with the default dialects and acme, in front of one emulator per dialect (each at
 * the base path its embedded default uses), all on 127.0.0.1 ephemeral ports. The acme emulator
 * refuses any call without its key in `X-Acme-Key`: the gateway must use acme's binding.
 */
export async function startAcmeMatrix(): Promise<AcmeMatrix> {
  const dialects = [...defaultDialects, acmeDialect]
  const started = await Promise.all(
    dialects.map((dialect) =>
      startEmulator(
        dialect === acmeDialect ? { dialect, apiKey: ACME_TEST_KEY } : { dialect: dialect.name },
      ),
    ),
  )
  const emulators = Object.fromEntries(started.map((emulator) => [emulator.dialect, emulator]))
  const modelFor = (upstream: string) => `via-${upstream}`
  const config: GatewayConfig = {
    upstreams: Object.fromEntries(
      dialects.map((dialect, index) => [
        dialect.name,
        {
          dialect: dialect.name,
          baseURL: `${started[index]?.url}${dialect.embedded?.[0]?.path ?? ''}`,
          ...(dialect === acmeDialect ? { apiKey: ACME_TEST_KEY } : {}),
        },
      ]),
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
    dialects,
    emulators,
    modelFor,
    async close() {
      await gateway.close()
      await Promise.all(started.map((emulator) => emulator.close()))
    },
  }
}
