import type { GatewayConfig, Route } from '../config/gateway-config'
import { compileGlob } from './compile-glob'

export type RouteSelector = (name: string) => Route | undefined

/** Compiles the route globs once; the selector returns the first route that matches. */
export function createRouteSelector(config: GatewayConfig): RouteSelector {
  const compiled = config.routes.map((route) => ({ route, matches: compileGlob(route.match) }))
  return (name) => compiled.find((entry) => entry.matches(name))?.route
}
