import type { Dialect } from '@chatwire/core'
import { type Emulator, type EmulatorOptions, startEmulator } from '@chatwire/emulator'
import { afterAll, beforeAll } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

export interface EmulatedGateway {
  emulator: Emulator
  gateway: RunningGateway
}

export interface EmulatedGatewayOptions {
  emulator: EmulatorOptions
  /** The gateway's config, given the emulator's URL. */
  config(emulatorUrl: string): GatewayConfig
  /** The dialects the gateway serves (default: the default four). */
  dialects?: readonly Dialect[]
}

/**
 * One emulator and a silent gateway in front of it, both on 127.0.0.1:0, started before the
 * tests of the file (or describe block) and closed after them; call the getter inside a test.
 */
export function useEmulatedGateway(options: EmulatedGatewayOptions): () => EmulatedGateway {
  let started: EmulatedGateway | undefined
  let emulator: Emulator | undefined
  beforeAll(async () => {
    emulator = await startEmulator(options.emulator)
    const gateway = await startGateway({
      config: options.config(emulator.url),
      ...(options.dialects ? { dialects: options.dialects } : {}),
      host: '127.0.0.1',
      port: 0,
      logger: silentLogger,
    })
    started = { emulator, gateway }
  })
  afterAll(async () => {
    await started?.gateway.close()
    await emulator?.close()
  })
  return () => {
    if (!started) throw new Error('the emulated gateway has not started')
    return started
  }
}
