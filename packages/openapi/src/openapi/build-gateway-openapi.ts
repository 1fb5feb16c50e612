import { defaultDialects } from '@chatwire/dialects'
import {
  type DocumentableDialect,
  listDocumentedDialects,
} from '../dialect/list-documented-dialects'
import type { DialectExamples } from '../examples/dialect-examples'
import { createSchemaRegistry } from '../schema/create-schema-registry'
import { assembleDocument } from './assemble-document'
import { buildOperation } from './build-operation'
import { toComponentRef } from './component-ref'
import { createGatewaySecurity } from './create-gateway-security'
import { createStreamEventSchema } from './create-stream-event-schema'
import { DEFAULT_GATEWAY_ROUTES, GATEWAY_ROUTES, type GatewayRouteName } from './gateway-operations'
import type { OpenApiDocument } from './openapi-document'

export interface GatewayOpenApiOptions {
  /**
   * The inbound dialects the gateway serves, each at its vendor-shaped paths (default:
   * `defaultDialects` of `@chatwire/dialects`); a dialect without `docs` is left out.
   */
  dialects?: readonly DocumentableDialect[] | undefined
  /** Where the gateway is reached (default `/`: the host that served the document). */
  serverUrl?: string | undefined
  title?: string | undefined
  version?: string | undefined
  /** Whether clients must send a gateway key (default true). */
  authenticated?: boolean | undefined
  /** The utility routes it serves (default: healthz, models, openapi, docs). */
  routes?: readonly GatewayRouteName[] | undefined
  /** Fixture examples by dialect name. */
  examples?: Readonly<Record<string, DialectExamples | undefined>> | undefined
  /**
   * By dialect name, the route key its request examples name (the model, or the path parameter
   * that names the route): one a route of the gateway matches, so "Try it out" succeeds. A key
   * `<dialect>.<operationId>` names it for one operation. Default: the dialect's
   * `docs.exampleRouteKey`.
   */
  exampleRouteKeys?: Readonly<Record<string, string | undefined>> | undefined
}

/** The gateway's own document: every inbound path it serves, plus its utility routes. */
export function buildGatewayOpenApi(options: GatewayOpenApiOptions = {}): OpenApiDocument {
  const dialects = listDocumentedDialects(options.dialects ?? defaultDialects)
  const registry = createSchemaRegistry(toComponentRef)
  const security = (options.authenticated ?? true) ? createGatewaySecurity(dialects) : []
  const keys = options.exampleRouteKeys ?? {}
  const operations = dialects.flatMap((dialect) => {
    const { name, docs } = dialect
    const context = {
      dialect,
      registry,
      streamEvent: createStreamEventSchema(docs),
      examples: options.examples?.[name],
      security,
    }
    return docs.operations.flatMap(({ gatewayPath, servers: _vendorOnly, ...operation }) => {
      if (gatewayPath === undefined) return []
      const routeKey =
        keys[`${name}.${operation.operationId}`] ?? keys[name] ?? docs.exampleRouteKey
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
      ...dialects.map(({ docs: { tag, title } }) => ({ name: tag, description: title })),
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
