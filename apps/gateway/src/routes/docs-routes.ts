import { buildGatewayOpenApi } from '@chatwire/openapi'
import { createDocsHandler, type DocsHandler } from '@chatwire/openapi/node'
import { Hono } from 'hono'
import type { GatewayConfig } from '../config/gateway-config'

const INBOUND_DIALECTS = ['openai', 'elastic', 'octoai', 'friendli'] as const

/**
 * `GET /openapi.json` (the gateway's own OpenAPI 3.1 document) and `GET /docs` (Swagger UI from
 * npm, served offline). Built on the first request, so start-up does not pay for it; mounted on
 * these paths only, so chat requests do not either.
 */
export function docsRoutes(config: GatewayConfig): Hono {
  let handler: DocsHandler | undefined
  const docs = (request: Request) => {
    handler ??= createDocsHandler({
      title: 'chatwire gateway',
      document: buildGatewayOpenApi({
        dialects: INBOUND_DIALECTS,
        authenticated: config.auth !== undefined,
        exampleRouteKeys: pickExampleRouteKeys(config),
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
 * The model (Elastic: inference id) each dialect's request examples name, so that "Try it out"
 * reaches a route: a route to an upstream of the same dialect first (the embedded default's
 * `gpt-4o-mini`, `elastic-chat`, `octoai-llama`, `friendli-llama`), else the first route; a
 * glob gets a name it matches, a bare `*` none (the dialect's own example name matches it).
 */
export function pickExampleRouteKeys(config: GatewayConfig): Record<string, string | undefined> {
  return Object.fromEntries(
    INBOUND_DIALECTS.map((dialect) => {
      const route =
        config.routes.find(({ upstream }) => config.upstreams[upstream]?.dialect === dialect) ??
        config.routes[0]
      return [dialect, route && nameMatching(route.match)]
    }),
  )
}

function nameMatching(glob: string): string | undefined {
  if (glob === '*') return undefined
  return glob.replaceAll('*', 'example').replaceAll('?', 'x')
}
