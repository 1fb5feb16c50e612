import type { InboundDialect } from '../dialects/inbound-dialect'
import { LocalFailure } from '../failures/local-failure'
import type { GatewayAnswer } from '../http/gateway-call'
import { toWireFieldPath } from '../losses/to-wire-field-path'
import type { GatewayMetrics } from '../metrics/create-gateway-metrics'
import type { OpenedAttempt } from '../upstream/open-with-fallbacks'
import { readUpstreamResponse } from './read-upstream-response'
import type { RequestRecord } from './request-record'

/** 200 + the whole answer as the client dialect's JSON (aggregated from a stream-only upstream). */
export async function jsonAnswer(
  inbound: InboundDialect,
  opened: OpenedAttempt,
  headers: Record<string, string>,
  metrics: GatewayMetrics,
  commentsAreProgress: boolean,
  record?: Pick<RequestRecord, 'usage'>,
): Promise<GatewayAnswer & { body: string }> {
  const { candidate, stream } = opened.attempt
  const response = await readUpstreamResponse(opened, candidate, stream, commentsAreProgress)
  if (record && response.usage) record.usage = response.usage
  let body: string
  let dropped: string[]
  try {
    const encoded = inbound.codec.encodeResponse(response)
    body = JSON.stringify(encoded.body)
    dropped = encoded.losses.map((loss) => toWireFieldPath(loss.path))
  } catch (error) {
    throw LocalFailure.from(error, 'encode the answer for the client')
  }
  const all: Record<string, string> = {
    'content-type': 'application/json',
    ...inbound.headers,
    ...headers,
  }
  if (dropped.length > 0) {
    const before = all['chatwire-dropped']
    const added = new Set(dropped)
    all['chatwire-dropped'] = [...(before ? [before] : []), ...added].join(', ')
    metrics.dropped(inbound.dialect, candidate.name, added.size)
  }
  return { status: 200, headers: all, body }
}
