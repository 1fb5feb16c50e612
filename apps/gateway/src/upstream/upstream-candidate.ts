import type { Codec, UpstreamBinding } from '@chatwire/core'
import type { Upstream } from '../config/gateway-config'
import type { ResolvedLimits, ResolvedTimeouts } from './resolve-upstream-settings'
import type { UpstreamClient } from './upstream-client'

/** One configured upstream, resolved once at start-up: codec, binding, client and bounds. */
export interface UpstreamCandidate {
  name: string
  /** The config entry, its `baseURL` without credentials (they became `authorization`). */
  upstream: Upstream
  codec: Codec
  /** Its dialect's HTTP side: URL, auth and headers, whether it answers without a stream. */
  binding: UpstreamBinding
  client: UpstreamClient
  timeouts: ResolvedTimeouts
  limits: ResolvedLimits
}
