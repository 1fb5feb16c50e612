import type { Codec } from '@chatwire/core'
import type { Upstream } from '../config/gateway-config'
import type { Transport } from './upstream-target'

/** One configured upstream, resolved once at start-up: its codec and transport. */
export interface UpstreamCandidate {
  name: string
  upstream: Upstream
  codec: Codec
  transport: Transport
}
