import type { Codec } from '@chatwire/core'
import type { GatewayConfig, Upstream } from '../config/gateway-config'
import type { FriendliPathProduct, GatewayCodecs } from '../inbound/gateway-codecs'
import { TRANSPORTS } from './transports'
import type { UpstreamCandidate } from './upstream-candidate'

/** Resolves every configured upstream to its codec and transport, once, at start-up. */
export function createUpstreamCandidates(
  config: GatewayConfig,
  codecs: GatewayCodecs,
): Map<string, UpstreamCandidate> {
  const candidates = new Map<string, UpstreamCandidate>()
  for (const [name, upstream] of Object.entries(config.upstreams)) {
    candidates.set(name, {
      name,
      upstream,
      codec: codecFor(upstream, codecs),
      transport: TRANSPORTS[upstream.dialect],
    })
  }
  return candidates
}

function codecFor(upstream: Upstream, codecs: GatewayCodecs): Codec {
  if (upstream.dialect === 'friendli') return codecs.friendli(friendliProduct(upstream))
  return codecs[upstream.dialect]
}

/** The product decides what the body may carry (built-in tools only on `tools`, §5.2). */
export function friendliProduct(upstream: Upstream): FriendliPathProduct {
  if (upstream.product) return upstream.product
  const path = new URL(upstream.baseURL).pathname
  if (path.includes('/serverless/tools/')) return 'tools'
  if (path.includes('/dedicated/')) return 'dedicated'
  return 'serverless'
}
