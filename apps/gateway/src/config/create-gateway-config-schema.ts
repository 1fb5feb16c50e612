import type { DialectRegistry } from '@chatwire/core'
import { type TProperties, type TSchema, Type } from '@sinclair/typebox'
import { GatewayAuth } from './gateway-auth-config'
import {
  Limits,
  ROUTE_COMMON,
  ServerSettings,
  UPSTREAM_LEADING,
  UPSTREAM_TRAILING,
} from './gateway-config-parts'

/**
 * The gateway config schema for the registered dialects: `dialect` is one of their names, an
 * upstream takes the common settings plus every dialect's `upstream.options` (ordered by
 * dialect name, so the schema does not depend on registration order; a key two dialects
 * declare keeps the first one's schema), a route the common settings plus every dialect's
 * `routeOptions`. Which dialect an option belongs to is checked apart
 * (`check-config-references.ts`): the schema cannot say it.
 */
export function createGatewayConfigSchema(registry: DialectRegistry) {
  return assembleGatewayConfig(createUpstreamSchema(registry), createRouteSchema(registry))
}

/** One entry of `upstreams`: `dialect` names a registered one. */
export function createUpstreamSchema(registry: DialectRegistry) {
  return Type.Object(
    {
      dialect: createDialectNameSchema(registry),
      ...UPSTREAM_LEADING,
      ...collectOptions(registry, (dialect) => dialect.upstream.options),
      ...UPSTREAM_TRAILING,
    },
    { additionalProperties: false },
  )
}

export function createRouteSchema(registry: DialectRegistry) {
  return Type.Object(
    { ...ROUTE_COMMON, ...collectOptions(registry, (dialect) => dialect.upstream.routeOptions) },
    { additionalProperties: false },
  )
}

export function createDialectNameSchema(registry: DialectRegistry) {
  return Type.Union(
    registry.names.map((name) => Type.Literal(name)),
    { description: 'The wire dialect the upstream speaks.' },
  )
}

/** The config object around an upstream and a route schema. */
export function assembleGatewayConfig<U extends TSchema, R extends TSchema>(Upstream: U, Route: R) {
  return Type.Object(
    {
      server: Type.Optional(ServerSettings),
      auth: Type.Optional(GatewayAuth),
      upstreams: Type.Record(Type.String(), Upstream, {
        minProperties: 1,
        description: 'Named upstreams.',
      }),
      routes: Type.Array(Route, { minItems: 1, description: 'First match wins.' }),
      limits: Type.Optional(Limits),
    },
    {
      $id: 'GatewayConfig',
      additionalProperties: false,
      description:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the literal syntax
        'chatwire gateway configuration (JSON or YAML; `${ENV}` substituted in strings).',
    },
  )
}

/** The upstream option keys each dialect declares: `upstreams.*` keys only it may set. */
export function listDialectOptions(registry: DialectRegistry): Map<string, string[]> {
  const owners = new Map<string, string[]>()
  for (const dialect of registry.dialects) {
    for (const key of Object.keys(dialect.upstream.options ?? {})) {
      owners.set(key, [...(owners.get(key) ?? []), dialect.name])
    }
  }
  return owners
}

function collectOptions(
  registry: DialectRegistry,
  pick: (dialect: DialectRegistry['dialects'][number]) => TProperties | undefined,
): TProperties {
  const options: TProperties = {}
  const byName = [...registry.dialects].sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const dialect of byName) {
    for (const [key, schema] of Object.entries(pick(dialect) ?? {})) {
      if (!Object.hasOwn(options, key)) options[key] = schema
    }
  }
  return options
}
