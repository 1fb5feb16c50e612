import { afterAll, beforeAll, beforeEach, vi } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import {
  type FaultConfigOptions,
  type FaultGateway,
  type FaultGatewayOptions,
  faultConfig,
  startFaultGateway,
} from './fault-harness'
import { type FaultUpstream, startFaultUpstream } from './start-fault-upstream'

/**
 * One gateway of a suite: the options of {@link faultConfig} (and a quota store to use), or,
 * where a suite needs more than those, a function building its config on the suite's upstream.
 */
export type FaultGatewaySpec =
  | (FaultConfigOptions & FaultGatewayOptions)
  | ((upstream: FaultUpstream) => GatewayConfig | Promise<GatewayConfig>)

export type FaultSuite<Name extends string> = { readonly upstream: FaultUpstream } & {
  readonly [name in Name]: FaultGateway
}

/**
 * The hooks of a fault suite: before all, one fault upstream and a gateway per spec (in-process
 * on 127.0.0.1:0, logs captured); before each, the upstream's script and requests and every
 * gateway's log lines forgotten; after all, the gateways closed, then the upstream. Every test of
 * the file is bounded at 20 s for a loaded machine (npm test runs every suite at once).
 *
 * The object returned is filled by the first hook: read its fields inside tests and hooks.
 */
export function useFaultSuite<Name extends string>(
  specs: Record<Name, FaultGatewaySpec>,
): FaultSuite<Name> {
  vi.setConfig({ testTimeout: 20_000 })
  const suite: Record<string, unknown> = {}
  let upstream: FaultUpstream | undefined
  const started: FaultGateway[] = []

  beforeAll(async () => {
    upstream = await startFaultUpstream()
    suite.upstream = upstream
    for (const [name, spec] of Object.entries<FaultGatewaySpec>(specs)) {
      const gateway =
        typeof spec === 'function'
          ? await startFaultGateway(await spec(upstream))
          : await startFaultGateway(faultConfig(upstream, spec), spec)
      started.push(gateway)
      suite[name] = gateway
    }
  })

  afterAll(async () => {
    await Promise.all(started.map((gateway) => gateway.close()))
    await upstream?.close()
  })

  beforeEach(() => {
    upstream?.reset()
    for (const gateway of started) gateway.logs.length = 0
  })

  return suite as FaultSuite<Name>
}
