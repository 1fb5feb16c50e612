import type { DialectRegistry } from '@chatwire/core'
import type { GatewayConfig } from '../config/gateway-config'
import { moveURLCredentials } from '../secrets/move-url-credentials'
import { type ResolvedTimeouts, resolveLimits, resolveTimeouts } from './resolve-upstream-settings'
import type { UpstreamCandidate } from './upstream-candidate'
import type { UpstreamClient } from './upstream-client'

/** Makes the HTTP client of one upstream (the Node client pools per upstream). */
export type UpstreamClientFactory = (timeouts: ResolvedTimeouts) => UpstreamClient

/**
 * Resolves every configured upstream to its dialect's codec (the variant its options pick) and
 * binding, its client and bounds, once.
 */
export function createUpstreamCandidates(
  config: GatewayConfig,
  registry: DialectRegistry,
  clientFor: UpstreamClientFactory,
): Map<string, UpstreamCandidate> {
  const candidates = new Map<string, UpstreamCandidate>()
  for (const [name, configured] of Object.entries(config.upstreams)) {
    const upstream = moveURLCredentials(configured)
    const dialect = registry.get(upstream.dialect)
    const timeouts = resolveTimeouts(upstream)
    candidates.set(name, {
      name,
      upstream,
      codec: dialect.upstream.codec?.(upstream) ?? dialect.codec,
      binding: dialect.upstream,
      client: clientFor(timeouts),
      timeouts,
      limits: resolveLimits(config, upstream),
    })
  }
  return candidates
}
