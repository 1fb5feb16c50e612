import type { Dialect, DialectEndpoint, DialectRegistry } from '@chatwire/core'
import type { InboundDialect } from './inbound-dialect'

const PATH_PARAM = /\{([A-Za-z_][A-Za-z0-9_]*)\}/

/** A path the gateway serves, and the endpoint behind it. */
interface ServedPath {
  /** With `{param}` path parameters. */
  path: string
  inbound: InboundDialect
}

/** A path that only ever answers with the endpoint's error (a stream-only API's other path). */
interface RefusedPath extends ServedPath {
  refuse(path: string): Error
}

/** Every registered chat endpoint as the gateway serves it, built once per app. */
export interface InboundDialects {
  readonly chatPaths: readonly ServedPath[]
  readonly refusedPaths: readonly RefusedPath[]
  /** Each endpoint with the path prefix whose errors it answers, longest prefix first. */
  readonly errorPrefixes: readonly { prefix: string; inbound: InboundDialect }[]
  /** The first registered dialect's first endpoint: unknown paths, `/v1/models`, crashes. */
  readonly fallback: InboundDialect
}

/** The registry's endpoints as inbound dialects, with the paths the gateway serves them at. */
export function createInboundDialects(registry: DialectRegistry): InboundDialects {
  const chatPaths: ServedPath[] = []
  const refusedPaths: RefusedPath[] = []
  const errorPrefixes: { prefix: string; inbound: InboundDialect }[] = []
  let fallback: InboundDialect | undefined
  for (const { dialect, endpoint } of registry.endpoints) {
    const inbound = toInboundDialect(dialect, endpoint)
    fallback ??= inbound
    for (const path of endpoint.gatewayPaths) chatPaths.push({ path, inbound })
    for (const { path, refuse } of endpoint.refusedPaths ?? [])
      refusedPaths.push({ path, inbound, refuse })
    if (endpoint.errorPrefix !== undefined)
      errorPrefixes.push({ prefix: endpoint.errorPrefix, inbound })
  }
  if (!fallback) throw new TypeError('The gateway needs at least one dialect with an endpoint')
  errorPrefixes.sort((a, b) => b.prefix.length - a.prefix.length)
  return { chatPaths, refusedPaths, errorPrefixes, fallback }
}

function toInboundDialect(dialect: Dialect, endpoint: DialectEndpoint): InboundDialect {
  const param = endpoint.gatewayPaths.map((path) => PATH_PARAM.exec(path)?.[1]).find(Boolean)
  return {
    dialect: dialect.name,
    endpoint: endpoint.id,
    codec: endpoint.codec,
    routeKey: endpoint.routeKey,
    routeKeyField: param ?? 'model',
    routeKeyName: endpoint.routeKeyName ?? 'model',
    noRoute: endpoint.noRoute,
    streamsAlways: endpoint.streaming === 'always',
    streamHeaders: endpoint.streamHeaders,
    headers: endpoint.headers,
    ...(endpoint.rejectBody ? { rejectBody: endpoint.rejectBody } : {}),
    orderToolCalls: endpoint.orderToolCalls === true,
    ...(endpoint.streamVariant ? { streamVariant: endpoint.streamVariant } : {}),
    refuse: (refusal) => dialect.refuse(refusal),
  }
}
