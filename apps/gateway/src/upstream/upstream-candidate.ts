import type { Codec } from '@chatwire/core'
import type { Upstream } from '../config/gateway-config'
import type { ResolvedLimits, ResolvedTimeouts } from './resolve-upstream-settings'
import type { UpstreamClient } from './upstream-client'
import type { Transport } from './upstream-target'

/** One configured upstream, resolved once at start-up: codec, transport, client and bounds. */
export interface UpstreamCandidate {
  name: string
  /** The config entry, its `baseURL` without credentials (they became `authorization`). */
  upstream: Upstream
  codec: Codec
  transport: Transport
  client: UpstreamClient
  timeouts: ResolvedTimeouts
  limits: ResolvedLimits
}
