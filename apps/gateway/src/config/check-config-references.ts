import { ChatwireError } from '@chatwire/core'
import type { GatewayConfig } from './gateway-config'

/** What the schema cannot say: every route names existing upstreams. */
export function checkConfigReferences(config: GatewayConfig): void {
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
  throw new ChatwireError({
    kind: 'invalid_request',
    message: `'${path}': no upstream named '${name}' (known: ${known})`,
    param: path,
  })
}
