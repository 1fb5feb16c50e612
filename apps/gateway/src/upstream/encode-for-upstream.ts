import type { ChatRequest, EncodedRequest } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import { applyLossPolicy } from '../losses/apply-loss-policy'
import type { UpstreamCandidate } from './upstream-candidate'

export interface PreparedAttempt {
  candidate: UpstreamCandidate
  encoded: EncodedRequest
  /** Whether the upstream is asked for a stream (always for stream-only dialects). */
  stream: boolean
  /** Client fields the upstream cannot say that were dropped (wire names). */
  dropped: string[]
}

/** Canonical request → the candidate's wire body, with the route's model and loss policy. */
export function encodeForUpstream(
  request: ChatRequest,
  route: Route,
  candidate: UpstreamCandidate,
  clientStreams: boolean,
): PreparedAttempt {
  const stream = clientStreams || !candidate.transport.answersWithoutStream
  const target = route.model === undefined ? request : { ...request, model: route.model }
  const encoded = candidate.codec.encodeRequest(target, { stream })
  const policy = route.losses ?? candidate.upstream.losses
  const dropped = applyLossPolicy(encoded.losses, policy, candidate.name)
  return { candidate, encoded, stream, dropped }
}
