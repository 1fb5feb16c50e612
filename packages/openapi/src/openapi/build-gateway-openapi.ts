import { type DialectInput, resolveDialects } from '../dialect/resolve-dialects'
import type { DialectExamples } from '../examples/dialect-examples'
import { createSchemaRegistry } from '../schema/create-schema-registry'
import { assembleDocument } from './assemble-document'
import { buildOperation } from './build-operation'
import { toComponentRef } from './component-ref'
import { createStreamEventSchema } from './create-stream-event-schema'
import { DEFAULT_GATEWAY_ROUTES, GATEWAY_ROUTES, type GatewayRouteName } from './gateway-operations'
import { GATEWAY_SECURITY } from './gateway-security'
import type { OpenApiDocument } from './openapi-document'

export interface GatewayOpenApiOptions {
  /** The inbound dialects the gateway serves, each at its vendor-shaped paths. */
  dialects: readonly DialectInput[]
  /** Where the gateway is reached (default `/`: the host that served the document). */
  serverUrl?: string
  title?: string
  version?: string
  /** Whether clients must send a gateway key (default true). */
  authenticated?: boolean
  /** The utility routes it serves (default: healthz, models, openapi, docs). */
  routes?: readonly GatewayRouteName[]
  /** Fixture examples by dialect name. */
  examples?: Readonly<Record<string, DialectExamples | undefined>>
  /**
   * By dialect name, the model (Elastic: inference id) its request examples name: one a route
   * of the gateway matches, so "Try it out" succeeds. A key `<dialect>.<operationId>` (e.g.
   * `friendli.toolAssistedChatCompletion`) names it for one operation. Default: the dialect's
   * `exampleRouteKey`.
   */
  exampleRouteKeys?: Readonly<Record<string, string | undefined>>
}

/** The gateway's own document: every inbound path it serves, plus its utility routes. */
export function buildGatewayOpenApi(options: GatewayOpenApiOptions): OpenApiDocument {
  const descriptors = resolveDialects(options.dialects)
  const registry = createSchemaRegistry(toComponentRef)
  const security = (options.authenticated ?? true) ? GATEWAY_SECURITY : []
  const operations = descriptors.flatMap((descriptor) => {
    const context = {
      descriptor,
      registry,
      streamEvent: createStreamEventSchema(descriptor),
      examples: options.examples?.[descriptor.dialect],
      security,
    }
    const keys = options.exampleRouteKeys ?? {}
    return descriptor.operations.flatMap(({ gatewayPath, servers: _vendorOnly, ...operation }) => {
      if (gatewayPath === undefined) return []
      const routeKey =
        keys[`${descriptor.dialect}.${operation.operationId}`] ??
        keys[descriptor.dialect] ??
        descriptor.exampleRouteKey
      return [[gatewayPath, 'post', buildOperation(operation, { ...context, routeKey })] as const]
    })
  })
  return assembleDocument({
    info: {
      title: options.title ?? 'chatwire gateway',
      version: options.version ?? '0.0.0',
      description:
        'Each dialect is served at its vendor-shaped path, so an unmodified vendor SDK works by ' +
        'changing only its base URL.',
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: [
      ...descriptors.map(({ tag, title }) => ({ name: tag, description: title })),
      { name: 'Gateway', description: "The gateway's own routes." },
    ],
    operations: [
      ...operations,
      ...(options.routes ?? DEFAULT_GATEWAY_ROUTES).map((name) => {
        const { path, method, authenticated, operation } = GATEWAY_ROUTES[name]
        // A copy: the document is the caller's to change (parsers dereference in place).
        const copy: Record<string, unknown> = structuredClone(operation)
        if (authenticated && security.length > 0) {
          copy.security = security.map((scheme) => ({ [scheme.name]: [] }))
        }
        return [path, method, copy] as const
      }),
    ],
    security,
    registry,
  })
}
