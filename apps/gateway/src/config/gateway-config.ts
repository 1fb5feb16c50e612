import { createDefaultRegistry } from '@chatwire/dialects'
import { type Static, Type } from '@sinclair/typebox'
import {
  createDialectNameSchema,
  createGatewayConfigSchema,
  createRouteSchema,
  createUpstreamSchema,
} from './create-gateway-config-schema'
import { GatewayAuth } from './gateway-auth-config'
import {
  Limits,
  ROUTE_COMMON,
  ServerSettings,
  UPSTREAM_LEADING,
  UPSTREAM_TRAILING,
} from './gateway-config-parts'

export { Cors, LossPolicy } from './gateway-config-parts'

const registry = createDefaultRegistry()

/** The config schema for the default dialects (the published `GatewayConfig.json`). */
export const GatewayConfig = createGatewayConfigSchema(registry)
export const Upstream = createUpstreamSchema(registry)
export const Route = createRouteSchema(registry)
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
const ConfigCommon = Type.Object({
  server: Type.Optional(ServerSettings),
  auth: Type.Optional(GatewayAuth),
  limits: Type.Optional(Limits),
})

/** One upstream: the common settings and its dialect's own options. */
export type Upstream = Static<typeof UpstreamCommon> & { [option: string]: unknown }
/** One route: the common settings and the dialects' route options. */
export type Route = Static<typeof RouteCommon> & { [option: string]: unknown }
export type GatewayConfig = Static<typeof ConfigCommon> & {
  upstreams: Record<string, Upstream>
  routes: Route[]
}
