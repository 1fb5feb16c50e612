import type { Codec } from '@chatwire/core'
import type { GatewayConfig, Upstream } from '../config/gateway-config'
import type { FriendliPathProduct, GatewayCodecs } from '../inbound/gateway-codecs'
import { moveURLCredentials } from '../secrets/move-url-credentials'
import { type ResolvedTimeouts, resolveLimits, resolveTimeouts } from './resolve-upstream-settings'
import { TRANSPORTS } from './transports'
import type { UpstreamCandidate } from './upstream-candidate'
import type { UpstreamClient } from './upstream-client'

/** Makes the HTTP client of one upstream (the Node client pools per upstream). */
export type UpstreamClientFactory = (timeouts: ResolvedTimeouts) => UpstreamClient

/** Resolves every configured upstream to its codec, transport, client and bounds, once. */
export function createUpstreamCandidates(
  config: GatewayConfig,
  codecs: GatewayCodecs,
  clientFor: UpstreamClientFactory,
): Map<string, UpstreamCandidate> {
  const candidates = new Map<string, UpstreamCandidate>()
  for (const [name, configured] of Object.entries(config.upstreams)) {
    const upstream = moveURLCredentials(configured)
    const timeouts = resolveTimeouts(upstream)
    candidates.set(name, {
      name,
      upstream,
      codec: codecFor(upstream, codecs),
      transport: TRANSPORTS[upstream.dialect],
      client: clientFor(timeouts),
      timeouts,
      limits: resolveLimits(config, upstream),
    })
  }
  return candidates
}

function codecFor(upstream: Upstream, codecs: GatewayCodecs): Codec {
  if (upstream.dialect === 'friendli') return codecs.friendli(friendliProduct(upstream))
  if (upstream.dialect === 'openai' && upstream.compatibleFields === 'forward') {
    if (codecs.openaiForwarding) return codecs.openaiForwarding
    throw new Error(
      "compatibleFields: 'forward' needs codecs.openaiForwarding among the codecs given to the gateway",
    )
  }
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
