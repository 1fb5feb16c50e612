import { Hono } from 'hono'
import type { GatewayState } from '../gateway-state'
import { answerToResponse } from '../http/answer-to-response'
import { fetchCall } from '../http/fetch-call'
import { CHAT_PATHS, ELASTIC_CHAT_PATHS } from '../inbound/chat-paths'
import type { InboundDialects } from '../inbound/create-inbound-dialects'
import { handleChatCompletion } from '../inbound/handle-chat-completion'
import type { InboundDialect } from '../inbound/inbound-dialect'

/** Each dialect at its vendor-shaped path, so an unmodified SDK works by changing its base URL. */
export function chatCompletionRoutes(state: GatewayState, inbound: InboundDialects): Hono {
  const app = new Hono()
  const handle = (dialect: InboundDialect) => async (c: Parameters<typeof fetchCall>[0]) =>
    answerToResponse(await handleChatCompletion(fetchCall(c), dialect, state))
  for (const [path, name] of CHAT_PATHS) app.post(path, handle(inbound[name]))
  for (const path of ELASTIC_CHAT_PATHS) app.post(path, handle(inbound.elastic))
  return app
}
