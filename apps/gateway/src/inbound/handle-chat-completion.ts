import type { ChatRequest } from '@chatwire/core'
import type { Context } from 'hono'
import { checkClientKey } from '../auth/check-client-key'
import type { Route } from '../config/gateway-config'
import type { GatewayState } from '../gateway-state'
import { errorResponse } from '../pipeline/error-response'
import { jsonResponse } from '../pipeline/json-response'
import { streamResponse } from '../pipeline/stream-response'
import { ClientClosedError } from '../upstream/open-upstream'
import { type OpenedAttempt, openWithFallbacks } from '../upstream/open-with-fallbacks'
import type { UpstreamCandidate } from '../upstream/upstream-candidate'
import type { InboundDialect } from './inbound-dialect'
import { readWireRequest } from './read-wire-request'

/** One chat completion: inbound decode → route → upstream → translated answer, or an error in the client's dialect. */
export async function handleChatCompletion(
  c: Context,
  inbound: InboundDialect,
  state: GatewayState,
): Promise<Response> {
  // Read the signal before anything else: @hono/node-server links it to the socket lazily.
  const signal = c.req.raw.signal
  const requestId = crypto.randomUUID()
  const { metrics } = state
  /** The upstream that answered, once one did. */
  let upstream: string | undefined
  try {
    if (state.keys) checkClientKey(state.keys, c.req.header('authorization'))
    const wire = await readWireRequest(c)
    const request = inbound.codec.decodeRequest(wire.body, wire.context)
    const routeKey = inbound.routeKey(request, wire.context)
    const route = state.selectRoute(routeKey)
    if (!route) throw inbound.noRoute(routeKey)
    const clientStreams = inbound.streamsAlways || request.stream === true
    const opened = await openWithFallbacks({
      request,
      route,
      candidates: candidatesOf(route, state),
      clientStreams,
      model: route.model ?? routeKey,
      fetch: state.fetch,
      signal,
      logger: state.logger,
      observer: metrics,
    })
    upstream = opened.attempt.candidate.name
    const headers = answerHeaders(requestId, opened)
    logAnswer(state, inbound, request, opened, headers)
    metrics.dropped(inbound.dialect, upstream, opened.attempt.dropped.length)
    if (clientStreams) {
      return streamResponse(inbound, opened, request, route, headers, state.logger, metrics)
    }
    const response = await jsonResponse(inbound, opened, headers, metrics)
    metrics.requestEnded(inbound.dialect, upstream, 'ok')
    return response
  } catch (error) {
    if (error instanceof ClientClosedError) {
      state.logger.info('request.client-closed', { requestId, inbound: inbound.dialect })
      metrics.requestEnded(inbound.dialect, upstream, 'client_closed')
      return new Response(null, { status: 499 })
    }
    const response = errorResponse(inbound, error, { 'x-request-id': requestId })
    metrics.requestEnded(inbound.dialect, upstream, 'error')
    metrics.requestFailed(inbound.dialect, response.status)
    state.logger.warn('request.failed', {
      requestId,
      inbound: inbound.dialect,
      status: response.status,
      error: error instanceof Error ? error.message : String(error),
    })
    return response
  }
}

function candidatesOf(route: Route, state: GatewayState): UpstreamCandidate[] {
  const names = [route.upstream, ...(route.fallbacks ?? [])]
  return names.map((name) => state.upstreams.get(name)).filter((found) => found !== undefined)
}

function answerHeaders(requestId: string, opened: OpenedAttempt): Record<string, string> {
  const headers: Record<string, string> = {
    'x-request-id': requestId,
    'chatwire-upstream': opened.attempt.candidate.name,
  }
  if (opened.attempt.dropped.length > 0)
    headers['chatwire-dropped'] = opened.attempt.dropped.join(', ')
  return headers
}

function logAnswer(
  state: GatewayState,
  inbound: InboundDialect,
  request: ChatRequest,
  opened: OpenedAttempt,
  headers: Record<string, string>,
): void {
  const { candidate, dropped } = opened.attempt
  state.logger.info('request.routed', {
    requestId: headers['x-request-id'],
    inbound: inbound.dialect,
    model: request.model,
    upstream: candidate.name,
    stream: request.stream === true,
    ...(dropped.length > 0 ? { dropped } : {}),
  })
}
