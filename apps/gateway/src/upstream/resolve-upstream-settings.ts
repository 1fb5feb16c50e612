import type { GatewayConfig, Upstream } from '../config/gateway-config'
import { GATEWAY_DEFAULTS } from '../config/gateway-defaults'

export interface ResolvedTimeouts {
  connectMs: number
  firstByteMs: number
  idleMs: number
  totalMs: number
}

export interface ResolvedLimits {
  maxResponseBytes: number
  maxErrorBytes: number
  maxEventBytes: number
}

/** An upstream's waits: its `timeouts`, else its `timeoutMs` shorthand, else the defaults. */
export function resolveTimeouts(upstream: Upstream): ResolvedTimeouts {
  const defaults = GATEWAY_DEFAULTS.timeouts
  const own = upstream.timeouts ?? {}
  return {
    connectMs: own.connectMs ?? defaults.connectMs,
    firstByteMs: own.firstByteMs ?? upstream.timeoutMs ?? defaults.firstByteMs,
    idleMs: own.idleMs ?? upstream.timeoutMs ?? defaults.idleMs,
    totalMs: own.totalMs ?? defaults.totalMs,
  }
}

/** An upstream's read bounds: its `limits`, else the config's, else the defaults. */
export function resolveLimits(config: GatewayConfig, upstream: Upstream): ResolvedLimits {
  const defaults = GATEWAY_DEFAULTS.limits
  const own = upstream.limits ?? {}
  const shared = config.limits ?? {}
  return {
    maxResponseBytes: own.maxResponseBytes ?? shared.maxResponseBytes ?? defaults.maxResponseBytes,
    maxErrorBytes: own.maxErrorBytes ?? shared.maxErrorBytes ?? defaults.maxErrorBytes,
    maxEventBytes: own.maxEventBytes ?? shared.maxEventBytes ?? defaults.maxEventBytes,
  }
}
