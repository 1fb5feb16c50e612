import { type ChatRequest, ChatwireError, type EncodedRequest } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import { LocalFailure } from '../failures/local-failure'
import { applyLossPolicy } from '../losses/apply-loss-policy'
import type { UpstreamCandidate } from './upstream-candidate'

export interface PreparedAttempt {
  candidate: UpstreamCandidate
  encoded: EncodedRequest
  /** The encoded body as sent (serialised once, reused by retries). */
  bodyText: string
  /** Whether the upstream is asked for a stream (always for stream-only dialects). */
  stream: boolean
  /** Client fields the upstream cannot say that were dropped (wire names). */
  dropped: string[]
}

/**
 * Canonical request → the candidate's wire body, with the route's model and loss policy. A
 * codec's or the loss policy's refusal is thrown as is; anything else that fails here (a codec
 * bug, a body too deep to serialise) is the gateway's own failure ({@link LocalFailure}).
 */
export function encodeForUpstream(
  request: ChatRequest,
  route: Route,
  candidate: UpstreamCandidate,
  clientStreams: boolean,
): PreparedAttempt {
  const stream = clientStreams || !candidate.binding.answersWithoutStream
  const target = route.model === undefined ? request : { ...request, model: route.model }
  let encoded: EncodedRequest
  let bodyText: string
  try {
    encoded = candidate.codec.encodeRequest(target, { stream })
    bodyText = JSON.stringify(encoded.body)
  } catch (error) {
    // A codec's own refusal (a request this dialect cannot express) is the client's answer.
    if (ChatwireError.isInstance(error)) throw error
    throw LocalFailure.from(error, `encode the request for upstream '${candidate.name}'`)
  }
  const policy = route.losses ?? candidate.upstream.losses
  const dropped = applyLossPolicy(encoded.losses, policy, candidate.name)
  return { candidate, encoded, bodyText, stream, dropped }
}
