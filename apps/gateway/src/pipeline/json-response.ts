import type { InboundDialect } from '../inbound/inbound-dialect'
import { toWireFieldPath } from '../losses/to-wire-field-path'
import type { GatewayMetrics } from '../metrics/create-gateway-metrics'
import type { OpenedAttempt } from '../upstream/open-with-fallbacks'
import { readUpstreamResponse } from './read-upstream-response'

/** 200 + the whole answer as the client dialect's JSON (aggregated from a stream-only upstream). */
export async function jsonResponse(
  inbound: InboundDialect,
  opened: OpenedAttempt,
  headers: Record<string, string>,
  metrics: GatewayMetrics,
): Promise<Response> {
  const { candidate, stream } = opened.attempt
  const response = await readUpstreamResponse(opened, candidate, stream)
  const encoded = inbound.codec.encodeResponse(response)
  const all: Record<string, string> = {
    'content-type': 'application/json',
    ...inbound.headers,
    ...headers,
  }
  const dropped = encoded.losses.map((loss) => toWireFieldPath(loss.path))
  if (dropped.length > 0) {
    const before = all['chatwire-dropped']
    const added = new Set(dropped)
    all['chatwire-dropped'] = [...(before ? [before] : []), ...added].join(', ')
    metrics.dropped(inbound.dialect, candidate.name, added.size)
  }
  return new Response(JSON.stringify(encoded.body), { status: 200, headers: all })
}
