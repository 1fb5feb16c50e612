import { buildGatewayOpenApi } from '@chatwire/openapi'
import { createDocsHandler, type DocsHandler } from '@chatwire/openapi/node'
import { Hono } from 'hono'
import type { GatewayConfig, Upstream } from '../config/gateway-config'
import { friendliProduct } from '../upstream/create-upstream-candidates'

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

/** Friendli's gateway operations whose examples want an upstream of their own product. */
const FRIENDLI_OPERATIONS = {
  dedicatedChatCompletion: 'dedicated',
  toolAssistedChatCompletion: 'tools',
} as const

/**
 * The model (Elastic: inference id) each dialect's request examples name, so that "Try it out"
 * reaches a route: a route to an upstream of the same dialect first (the embedded default's
 * `gpt-4o-mini`, `elastic-chat`, `octoai-llama`, `friendli-llama`), else the first route; a
 * glob gets a name it matches, a bare `*` none (the dialect's own example name matches it).
 * Friendli's dedicated and tool-assisted operations prefer an upstream of that product (built-in
 * tools run only on `tools`: the embedded default's `friendli-tools-llama`).
 */
export function pickExampleRouteKeys(config: GatewayConfig): Record<string, string | undefined> {
  const routeTo = (accepts: (upstream: Upstream) => boolean) =>
    config.routes.find(({ upstream }) => {
      const target = config.upstreams[upstream]
      return target !== undefined && accepts(target)
    })
  const keys: Record<string, string | undefined> = {}
  for (const dialect of INBOUND_DIALECTS) {
    const route = routeTo((upstream) => upstream.dialect === dialect) ?? config.routes[0]
    keys[dialect] = route && nameMatching(route.match)
  }
  for (const [operationId, product] of Object.entries(FRIENDLI_OPERATIONS)) {
    const route = routeTo(
      (upstream) => upstream.dialect === 'friendli' && friendliProduct(upstream) === product,
    )
    if (route) keys[`friendli.${operationId}`] = nameMatching(route.match)
  }
  return keys
}

function nameMatching(glob: string): string | undefined {
  if (glob === '*') return undefined
  return glob.replaceAll('*', 'example').replaceAll('?', 'x')
}
