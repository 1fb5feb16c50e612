import { buildGatewayOpenApi } from '@chatwire/openapi'
import { createDocsHandler, type DocsHandler } from '@chatwire/openapi/node'
import { Hono } from 'hono'
import type { GatewayConfig } from '../config/gateway-config'

const INBOUND_DIALECTS = ['openai', 'elastic', 'octoai', 'friendli'] as const
/** The utility routes `createGatewayApp` mounts. */
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
