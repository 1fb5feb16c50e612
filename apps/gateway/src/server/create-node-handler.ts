import type { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { Gateway } from '../app'
import { type ChatPathMatch, createChatPathMatcher } from '../dialects/create-chat-path-matcher'
import { createAbortSwitch } from '../http/abort-link'
import type { Lifecycle } from '../http/create-lifecycle'
import type { GatewayAnswer } from '../http/gateway-call'
import { nodeCall } from '../http/node-call'
import { waitForDrain } from '../http/wait-for-drain'
import { handleChatCompletion } from '../inbound/handle-chat-completion'
import { errorAnswer } from '../pipeline/error-answer'

/**
 * The Node fast path (DESIGN.md, "The server is part of the product"): chat requests are
 * served straight from `node:http` — no Web `Request`/`Response`, no body streams — by the same
 * handler and browser policy as the portable app; every other request goes to the Hono app.
 */
export function createNodeHandler(gateway: Gateway) {
  const { app, state, inbound, policy } = gateway
  const toHono = getRequestListener(app.fetch)
  const matchChatPath = createChatPathMatcher(inbound)

  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = request.url ?? '/'
    const q = url.indexOf('?')
    const path = q === -1 ? url : url.slice(0, q)
    const match = request.method === 'POST' ? matchChatPath(path) : undefined
    if (!match) {
      void toHono(request, response)
      return
    }
    void serveChat(request, response, match, path, q === -1 ? '' : url.slice(q))
  }

  async function serveChat(
    request: IncomingMessage,
    response: ServerResponse,
    match: ChatPathMatch,
    path: string,
    search: string,
  ): Promise<void> {
    const verdict = policy('POST', request.headers.host, request.headers.origin, undefined)
    if (verdict.type === 'refuse') {
      return writeAnswer(request, response, errorAnswer(match.inbound, verdict.error), undefined)
    }
    const cors = verdict.type === 'serve' ? verdict.headers : undefined
    const client = createAbortSwitch()
    response.once('close', () => {
      if (!response.writableFinished) client.abort()
    })
    try {
      const call = nodeCall(request, path, search, match.params, client)
      const answer = await handleChatCompletion(call, match.inbound, state)
      writeAnswer(request, response, answer, cors, state.lifecycle)
    } catch (error) {
      // handleChatCompletion answers every failure itself; this is a last resort.
      state.logger.error('unhandled', {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
      if (!response.headersSent)
        writeAnswer(request, response, errorAnswer(match.inbound, error), undefined)
      else response.destroy()
    }
  }
}

/**
 * Writes an answer; a stream is pumped with backpressure, cancelled if the client leaves, and
 * tracked by `lifecycle` while open (a drain's deadline interrupts it).
 */
function writeAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: GatewayAnswer,
  extraHeaders: Record<string, string> | undefined,
  lifecycle?: Lifecycle,
): void {
  if (response.destroyed) {
    if ('stream' in answer) answer.stream.cancel()
    return
  }
  const headers = extraHeaders ? { ...answer.headers, ...extraHeaders } : answer.headers
  if ('body' in answer) {
    if (answer.status === 499) {
      response.destroy()
      return
    }
    // Refused before its body was read (413, 503): don't read the rest, close after answering.
    if (!request.complete) headers.connection = 'close'
    response.writeHead(answer.status, headers)
    response.end(answer.body)
    return
  }
  const { stream } = answer
  response.writeHead(answer.status, headers)
  // The head goes out now, not with the first translated event: a client sees its stream
  // accepted even while the upstream is still thinking.
  response.flushHeaders()
  const release = lifecycle?.track(stream)
  response.once('close', () => {
    release?.()
    if (!response.writableFinished) stream.cancel()
  })
  void pump(response, stream)
}

async function pump(
  response: ServerResponse,
  stream: Extract<GatewayAnswer, { stream: unknown }>['stream'],
) {
  try {
    for (;;) {
      const text = await stream.next()
      if (text === undefined) break
      if (response.destroyed) return
      if (!response.write(text)) await waitForDrain(response)
    }
    if (!response.destroyed) response.end()
  } catch {
    stream.cancel()
    response.destroy()
  }
}
