import { Hono } from 'hono'
import { toHonoPath } from '../dialects/create-chat-path-matcher'
import type { InboundDialects } from '../dialects/create-inbound-dialects'
import type { InboundDialect } from '../dialects/inbound-dialect'
import type { GatewayState } from '../gateway-state'
import { answerToResponse } from '../http/answer-to-response'
import { fetchCall } from '../http/fetch-call'
import { handleChatCompletion } from '../inbound/handle-chat-completion'
import { errorAnswer } from '../pipeline/error-answer'

/**
 * Each registered endpoint at its vendor-shaped paths, so an unmodified SDK works by changing
 * its base URL; a dialect's refused paths (a stream-only API's other path) answer its error.
 */
export function chatCompletionRoutes(state: GatewayState, inbound: InboundDialects): Hono {
  const app = new Hono()
  const handle = (dialect: InboundDialect) => async (c: Parameters<typeof fetchCall>[0]) =>
    answerToResponse(await handleChatCompletion(fetchCall(c), dialect, state))
  for (const { path, inbound: served } of inbound.chatPaths)
    app.post(toHonoPath(path), handle(served))
  for (const { path, inbound: served, refuse } of inbound.refusedPaths)
    app.post(toHonoPath(path), (c) => answerToResponse(errorAnswer(served, refuse(c.req.path))))
  return app
}
