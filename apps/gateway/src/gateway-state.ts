import type { GatewayConfig } from './config/gateway-config'
import type { Logger } from './log/logger'
import type { GatewayMetrics } from './metrics/create-gateway-metrics'
import type { RouteSelector } from './routing/select-route'
import type { FetchFunction } from './upstream/open-upstream'
import type { UpstreamCandidate } from './upstream/upstream-candidate'

/** Everything a request handler needs, built once when the app is created. */
export interface GatewayState {
  config: GatewayConfig
  selectRoute: RouteSelector
  upstreams: ReadonlyMap<string, UpstreamCandidate>
  fetch: FetchFunction
  logger: Logger
  /** This app instance's counters (`GET /metrics`). */
  metrics: GatewayMetrics
  /** Accepted client keys; `undefined` = open gateway. */
  keys: readonly Uint8Array[] | undefined
}
