import { createDefaultRegistry } from '@chatwire/dialects'
import { type Static, Type } from '@sinclair/typebox'
import {
  assembleGatewayConfig,
  createDialectNameSchema,
  createRouteSchema,
  createUpstreamSchema,
} from './create-gateway-config-schema'
import { ROUTE_COMMON, UPSTREAM_LEADING, UPSTREAM_TRAILING } from './gateway-config-parts'

export { Cors, LossPolicy } from './gateway-config-parts'

const registry = createDefaultRegistry()

export const Upstream = createUpstreamSchema(registry)
export const Route = createRouteSchema(registry)
/** The config schema for the default dialects (the published `GatewayConfig.json`). */
export const GatewayConfig = assembleGatewayConfig(Upstream, Route)
/** A registered dialect's name (`upstreams.*.dialect`). */
export const Dialect = createDialectNameSchema(registry)
export type Dialect = string

// The types name the common settings; a dialect's own options (`inferenceId`, …) are known only
// to its dialect, which reads them from the upstream or route it is given.
const UpstreamCommon = Type.Object({
  dialect: Type.String(),
  ...UPSTREAM_LEADING,
  ...UPSTREAM_TRAILING,
})
const RouteCommon = Type.Object(ROUTE_COMMON)
type ConfigCommon = Static<
  ReturnType<typeof assembleGatewayConfig<typeof UpstreamCommon, typeof RouteCommon>>
>

/** One upstream: the common settings and its dialect's own options. */
export type Upstream = Static<typeof UpstreamCommon> & { [option: string]: unknown }
/** One route: the common settings and the dialects' route options. */
export type Route = Static<typeof RouteCommon> & { [option: string]: unknown }
export type GatewayConfig = Omit<ConfigCommon, 'upstreams' | 'routes'> & {
  upstreams: Record<string, Upstream>
  routes: Route[]
}
