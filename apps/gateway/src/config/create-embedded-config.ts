import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import type { GatewayConfig, Route, Upstream } from './gateway-config'

/** Each embedded dialect's emulator URL, by dialect name. */
export type EmulatorURLs = Readonly<Record<string, string>>

/**
 * The zero-setup default: each dialect's `embedded` upstreams on its emulator, no keys. Each
 * demo model name picks an upstream dialect; anything else goes to the first embedded upstream
 * (the first registered dialect's).
 */
export function createEmbeddedConfig(
  urls: EmulatorURLs,
  port = 8787,
  host = '127.0.0.1',
  dialects: readonly Dialect[] = defaultDialects,
): GatewayConfig {
  const upstreams: Record<string, Upstream> = {}
  const routes: Route[] = []
  for (const dialect of dialects) {
    const url = urls[dialect.name]
    if (url === undefined) continue
    for (const embedded of dialect.embedded ?? []) {
      upstreams[embedded.name] = {
        dialect: dialect.name,
        baseURL: `${url}${embedded.path}`,
        ...embedded.options,
      }
      for (const { match, model } of embedded.routes)
        routes.push({ match, upstream: embedded.name, ...(model === undefined ? {} : { model }) })
    }
  }
  const [first] = Object.keys(upstreams)
  if (first !== undefined) routes.push({ match: '*', upstream: first })
  return { server: { host, port }, upstreams, routes }
}
