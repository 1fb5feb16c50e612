import { type ChatRequest, ChatwireError } from '@chatwire/core'
import { checkClientKey } from '../auth/check-client-key'
import { checkModelAccess } from '../auth/check-model-access'
import type { ClientIdentity } from '../auth/create-client-keys'
import type { Route } from '../config/gateway-config'
import type { InboundDialect } from '../dialects/inbound-dialect'
import { ClientClosedError } from '../failures/client-closed-error'
import { LocalFailure } from '../failures/local-failure'
import type { GatewayState } from '../gateway-state'
import { type GatewayAnswer, type InboundCall, wireContextOf } from '../http/gateway-call'
import { errorAnswer } from '../pipeline/error-answer'
import { endOfError, finishRequest } from '../pipeline/finish-request'
import { jsonAnswer } from '../pipeline/json-answer'
import { createRequestRecord } from '../pipeline/request-record'
import { streamAnswer } from '../pipeline/stream-answer'
import { overloaded, overloadedIn } from '../policy/create-admission'
import type { QuotaTicket } from '../quota/create-key-quota'
import { finishKeyUse } from '../quota/finish-key-use'
import { type OpenedAttempt, openWithFallbacks } from '../upstream/open-with-fallbacks'
import type { UpstreamCandidate } from '../upstream/upstream-candidate'
import { parseRequestJson } from './parse-request-json'
import { readRequestId } from './read-request-id'

/**
 * One chat completion: admission → inbound decode → route → upstream → translated answer, or
 * an error in the client's dialect. The same function serves the Node fast path and the
 * portable `fetch` app.
 */
export async function handleChatCompletion(
  call: InboundCall,
  inbound: InboundDialect,
  state: GatewayState,
): Promise<GatewayAnswer> {
  const requestId = readRequestId(call.headers['x-request-id'])
  const { metrics, admission, logger } = state
  const record = createRequestRecord(requestId, inbound.dialect)
  metrics.requestStarted()
  if (!admission.enter()) {
    metrics.shed(inbound.dialect)
    const refusal = overloaded('concurrent requests')
    const answer = errorAnswer(inbound, overloadedIn(inbound, refusal), {
      'x-request-id': requestId,
    })
    finishRequest(record, answer.status, 'local_error', logger, metrics, refusal.message)
    return answer
  }
  let held = 0
  let released = false
  const release = () => {
    if (released) return
    released = true
    admission.give(held)
    admission.leave()
  }
  const budget = {
    take(bytes: number) {
      if (!admission.take(bytes)) return false
      held += bytes
      return true
    },
  }
  /** The upstream that answered, once one did. */
  let upstream: string | undefined
  let client: ClientIdentity | undefined
  let ticket: QuotaTicket | undefined
  try {
    if (state.clients) {
      client = checkClientKey(state.clients, call.headers.authorization)
      record.key = client.name
      metrics.keyUsed(client.name)
    }
    const pathKey = call.params[inbound.routeKeyField]
    if (pathKey !== undefined) checkRouteKey(pathKey, inbound, state)
    const body = parseRequestJson(
      await call.readBody(state.maxBodyBytes, budget),
      inbound,
      call.path,
    )
    const context = wireContextOf(call)
    const request = decodeRequest(inbound, body, context)
    const routeKey = inbound.routeKey(request, context)
    checkRouteKey(routeKey, inbound, state)
    if (client) checkModelAccess(client, routeKey, inbound)
    const route = state.selectRoute(routeKey)
    if (!route) throw inbound.noRoute(routeKey)
    if (client && state.quota) {
      ticket = await state.quota(client, request, inbound.refuse)
      if (ticket) record.streamedChars = 0
    }
    const clientStreams = inbound.streamsAlways || request.stream === true
    record.route = route.match
    record.model = request.model
    record.stream = clientStreams
    const opened = await openWithFallbacks({
      request,
      route,
      candidates: candidatesOf(route, state),
      clientStreams,
      model: route.model ?? routeKey,
      client: call.client,
      logger,
      requestId,
      observer: metrics,
      tally: record,
    })
    upstream = opened.attempt.candidate.name
    const headers = answerHeaders(requestId, opened)
    if (logger.enabled('debug')) logAnswer(logger, inbound, request, opened, requestId)
    metrics.dropped(inbound.dialect, upstream, opened.attempt.dropped.length)
    record.dropped = headers['chatwire-dropped']
    if (clientStreams) {
      return streamAnswer({
        inbound,
        opened,
        request,
        route,
        headers,
        logger,
        metrics,
        redact: state.redact,
        record,
        onEnd(answered) {
          release()
          finishKeyUse(client, ticket, record, answered, metrics)
        },
      })
    }
    const answer = await jsonAnswer(
      inbound,
      opened,
      headers,
      metrics,
      route.commentsAreProgress === true,
      record,
    )
    metrics.requestEnded(inbound.dialect, upstream, 'ok')
    record.dropped = answer.headers['chatwire-dropped']
    finishRequest(record, answer.status, 'ok', logger, metrics)
    release()
    finishKeyUse(client, ticket, record, true, metrics)
    return answer
  } catch (error) {
    release()
    finishKeyUse(client, ticket, record, false, metrics)
    if (error instanceof ClientClosedError || call.client.aborted) {
      metrics.requestEnded(inbound.dialect, upstream, 'client_closed')
      finishRequest(record, 499, 'client_closed', logger, metrics)
      return { status: 499, headers: {}, body: '' }
    }
    const local = error instanceof LocalFailure || !ChatwireError.isInstance(error)
    const failure = overloadedIn(inbound, error)
    const answer = errorAnswer(inbound, failure, { 'x-request-id': requestId }, state.redact)
    metrics.requestEnded(inbound.dialect, upstream, 'error')
    metrics.requestFailed(inbound.dialect, answer.status)
    if (local) metrics.localError(inbound.dialect)
    // The upstream answered 2xx but its answer was broken, oversized or too slow: its failure.
    else if (upstream !== undefined) metrics.attemptFailed(upstream, answer.status)
    const kind = ChatwireError.isInstance(error) ? error.kind : undefined
    const end = endOfError(kind, local, record.upstream !== undefined)
    finishRequest(record, answer.status, end, logger, metrics, describe(error))
    return answer
  }
}

/** A codec that throws anything but a ChatwireError has a bug: a local 500, not the client's fault. */
function decodeRequest(
  inbound: InboundDialect,
  body: unknown,
  context: ReturnType<typeof wireContextOf>,
): ChatRequest {
  try {
    return inbound.codec.decodeRequest(body, context)
  } catch (error) {
    if (ChatwireError.isInstance(error)) throw error
    throw LocalFailure.from(error, 'decode the request')
  }
}

/** Routing must not be made slow or echo a huge name: the key's length is bounded. */
function checkRouteKey(key: string, inbound: InboundDialect, state: GatewayState): void {
  if (key.length <= state.maxModelLength) return
  const field = inbound.routeKeyField
  throw new ChatwireError({
    kind: 'invalid_request',
    message: `The ${field} is ${key.length} characters long; the gateway accepts at most ${state.maxModelLength} (server.maxModelLength).`,
    param: field,
  })
}

function describe(error: unknown): string {
  if (error instanceof LocalFailure) {
    const cause =
      error.cause instanceof Error ? `: ${error.cause.stack ?? error.cause.message}` : ''
    return `${error.message}${cause}`
  }
  if (error instanceof Error)
    return ChatwireError.isInstance(error) ? error.message : (error.stack ?? error.message)
  return String(error)
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

/** Debug: which upstream took the request, as soon as it answered. */
function logAnswer(
  logger: GatewayState['logger'],
  inbound: InboundDialect,
  request: ChatRequest,
  opened: OpenedAttempt,
  requestId: string,
): void {
  const { candidate, dropped } = opened.attempt
  logger.debug('request.routed', {
    requestId,
    inbound: inbound.dialect,
    model: request.model,
    upstream: candidate.name,
    stream: request.stream === true,
    ...(dropped.length > 0 ? { dropped } : {}),
  })
}
