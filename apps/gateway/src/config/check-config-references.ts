import { ChatwireError } from '@chatwire/core'
import type { GatewayConfig } from './gateway-config'

/** What the schema cannot say: base URLs parse, every route names existing upstreams. */
export function checkConfigReferences(config: GatewayConfig): void {
  for (const [name, upstream] of Object.entries(config.upstreams)) {
    if (!URL.canParse(upstream.baseURL)) {
      throw invalidConfig(`upstreams.${name}.baseURL`, `'${upstream.baseURL}' is not a URL`)
    }
  }
  config.routes.forEach((route, index) => {
    assertUpstream(config, route.upstream, `routes[${index}].upstream`)
    route.fallbacks?.forEach((name, fallback) => {
      assertUpstream(config, name, `routes[${index}].fallbacks[${fallback}]`)
    })
  })
}

function assertUpstream(config: GatewayConfig, name: string, path: string): void {
  if (Object.hasOwn(config.upstreams, name)) return
  const known = Object.keys(config.upstreams).join(', ')
  throw invalidConfig(path, `no upstream named '${name}' (known: ${known})`)
}

function invalidConfig(path: string, problem: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    message: `'${path}': ${problem}`,
    param: path,
  })
}
