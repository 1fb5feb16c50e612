import { type Emulator, startEmulator } from '@chatwire/emulator'
import { type Dialect, type GatewayConfig, UPSTREAM_DIALECTS } from '../config/gateway-config'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

export interface Matrix {
  gateway: RunningGateway
  emulators: Record<Dialect, Emulator>
  /** The model (or inference id) routed to each upstream dialect. */
  modelFor(upstream: Dialect): string
  close(): Promise<void>
}

const BASE_PATH: Record<Dialect, string> = {
  openai: '/v1',
  octoai: '/v1',
  friendli: '/serverless/v1',
  elastic: '',
}

/** One emulator per dialect behind one gateway, all on 127.0.0.1 ephemeral ports. */
export async function startMatrix(
  dialects: readonly Dialect[] = UPSTREAM_DIALECTS,
): Promise<Matrix> {
  const started = await Promise.all(dialects.map((dialect) => startEmulator({ dialect })))
  const emulators = Object.fromEntries(
    started.map((emulator) => [emulator.dialect, emulator]),
  ) as Record<Dialect, Emulator>
  const modelFor = (upstream: Dialect) => `via-${upstream}`
  const config: GatewayConfig = {
    upstreams: Object.fromEntries(
      started.map((emulator) => [
        emulator.dialect,
        { dialect: emulator.dialect, baseURL: `${emulator.url}${BASE_PATH[emulator.dialect]}` },
      ]),
    ),
    routes: dialects.map((dialect) => ({ match: modelFor(dialect), upstream: dialect })),
  }
  const gateway = await startGateway({ config, host: '127.0.0.1', port: 0, logger: silentLogger })
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
