import type { ClientKeys } from './auth/create-client-keys'
import type { GatewayConfig } from './config/gateway-config'
import type { Lifecycle } from './http/create-lifecycle'
import type { Logger } from './log/logger'
import type { GatewayMetrics } from './metrics/create-gateway-metrics'
import type { Admission } from './policy/create-admission'
import type { KeyQuota } from './quota/create-key-quota'
import type { RouteSelector } from './routing/select-route'
import type { Redactor } from './secrets/create-redactor'
import type { UpstreamCandidate } from './upstream/upstream-candidate'

/** Everything a request handler needs, built once when the app is created. */
export interface GatewayState {
  /** Without `auth`: the keys are kept only as hashes, in {@link GatewayState.clients}. */
  config: Omit<GatewayConfig, 'auth'>
  selectRoute: RouteSelector
  upstreams: ReadonlyMap<string, UpstreamCandidate>
  /** Redacting and bounding every line (log/create-safe-logger.ts). */
  logger: Logger
  /** This app instance's counters (`GET /metrics`). */
  metrics: GatewayMetrics
  /** Accepted client keys by their SHA-256; `undefined` = open gateway. */
  clients: ClientKeys | undefined
  /** Per-key limits; `undefined` when no key has any (no store call per request). */
  quota: KeyQuota | undefined
  admission: Admission
  redact: Redactor
  /** `server.maxBodyBytes` and `server.maxModelLength`, resolved. */
  maxBodyBytes: number
  maxModelLength: number
  /** Starting, ready or draining (`GET /readyz`), and the answer streams a drain may end. */
  lifecycle: Lifecycle
}
