import type { DialectRegistry } from '@chatwire/core'
import { createDefaultRegistry } from '@chatwire/dialects'
import { buildGatewayOpenApi } from '@chatwire/openapi'
import { createDocsHandler, type DocsHandler } from '@chatwire/openapi/node'
import { Hono } from 'hono'
import type { GatewayConfig, Upstream } from '../config/gateway-config'

/**
 * `GET /openapi.json` (the gateway's own OpenAPI 3.1 document) and `GET /docs` (Swagger UI from
 * npm, served offline). Built on the first request, so start-up does not pay for it; mounted on
 * these paths only, so chat requests do not either.
 */
export function docsRoutes(config: GatewayConfig, registry: DialectRegistry): Hono {
  let handler: DocsHandler | undefined
  const docs = (request: Request) => {
    handler ??= createDocsHandler({
      title: 'chatwire gateway',
      document: buildGatewayOpenApi({
        dialects: registry.dialects,
        authenticated: config.auth !== undefined,
        exampleRouteKeys: pickExampleRouteKeys(config, registry),
      }),
    })
    return handler(request)
  }
  const app = new Hono()
  app.on(['GET', 'HEAD'], ['/openapi.json', '/docs', '/docs/*'], async (c) => {
    return (await docs(c.req.raw)) ?? c.notFound()
  })
  return app
}

/**
 * The model (or path route key) each dialect's request examples name, so that "Try it out"
 * reaches a route: a route to an upstream of the same dialect first (the embedded default's
 * routes), else the first route; a glob gets a name it matches, a bare `*` none (the dialect's
 * own example name matches it). An operation of a dialect's other endpoints (another product)
 * prefers a route to an upstream serving that endpoint (`upstream.endpoint`).
 */
export function pickExampleRouteKeys(
  config: GatewayConfig,
  registry: DialectRegistry = createDefaultRegistry(),
): Record<string, string | undefined> {
  const routeTo = (accepts: (upstream: Upstream) => boolean) =>
    config.routes.find(({ upstream }) => {
      const target = config.upstreams[upstream]
      return target !== undefined && accepts(target)
    })
  const keys: Record<string, string | undefined> = {}
  for (const dialect of registry.dialects) {
    if (!dialect.docs) continue
    const route = routeTo((upstream) => upstream.dialect === dialect.name) ?? config.routes[0]
    keys[dialect.name] = route && nameMatching(route.match)
    const [first, ...others] = dialect.endpoints
    const endpointOf = (upstream: Upstream) => dialect.upstream.endpoint?.(upstream) ?? first?.id
    for (const endpoint of others) {
      const routed = routeTo(
        (upstream) => upstream.dialect === dialect.name && endpointOf(upstream) === endpoint.id,
      )
      if (!routed) continue
      for (const { operationId, gatewayPath } of dialect.docs.operations) {
        if (gatewayPath !== undefined && endpoint.gatewayPaths.includes(gatewayPath))
          keys[`${dialect.name}.${operationId}`] = nameMatching(routed.match)
      }
    }
  }
  return keys
}

function nameMatching(glob: string): string | undefined {
  if (glob === '*') return undefined
  return glob.replaceAll('*', 'example').replaceAll('?', 'x')
}
