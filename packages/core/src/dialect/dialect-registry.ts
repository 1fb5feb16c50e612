import type { Dialect, DialectEndpoint } from './dialect'

const NAME = /^[a-z][a-z0-9-]*$/

/** The dialects a gateway, document or emulator serves, checked once, looked up by name. */
export interface DialectRegistry {
  readonly dialects: readonly Dialect[]
  readonly names: readonly string[]
  /** The dialect called `name`; throws a TypeError naming the registered ones otherwise. */
  get(name: string): Dialect
  has(name: string): boolean
  /** Every endpoint, with its dialect, in registration order. */
  readonly endpoints: readonly { readonly dialect: Dialect; readonly endpoint: DialectEndpoint }[]
}

/**
 * Registers `dialects`: names must be unique and `[a-z][a-z0-9-]*`, endpoint ids unique within
 * a dialect, and no gateway path served twice.
 */
export function createDialectRegistry(dialects: readonly Dialect[]): DialectRegistry {
  const byName = new Map<string, Dialect>()
  const paths = new Map<string, string>()
  const endpoints: { dialect: Dialect; endpoint: DialectEndpoint }[] = []
  for (const dialect of dialects) {
    if (!NAME.test(dialect.name)) {
      throw new TypeError(`Dialect name '${dialect.name}' is not [a-z][a-z0-9-]*`)
    }
    if (byName.has(dialect.name))
      throw new TypeError(`Dialect '${dialect.name}' is registered twice`)
    byName.set(dialect.name, dialect)
    const ids = new Set<string>()
    for (const endpoint of dialect.endpoints) {
      if (ids.has(endpoint.id)) {
        throw new TypeError(`Dialect '${dialect.name}' has two endpoints '${endpoint.id}'`)
      }
      ids.add(endpoint.id)
      const served = [...endpoint.gatewayPaths, ...(endpoint.refusedPaths ?? []).map((p) => p.path)]
      for (const path of served) {
        const owner = paths.get(path)
        if (owner) throw new TypeError(`Path ${path} is served by ${owner} and ${dialect.name}`)
        paths.set(path, dialect.name)
      }
      endpoints.push({ dialect, endpoint })
    }
  }
  return {
    dialects: [...dialects],
    names: [...byName.keys()],
    endpoints,
    has: (name) => byName.has(name),
    get(name) {
      const dialect = byName.get(name)
      if (dialect) return dialect
      throw new TypeError(
        `Unknown dialect '${name}'; registered: ${[...byName.keys()].join(', ') || 'none'}`,
      )
    },
  }
}
