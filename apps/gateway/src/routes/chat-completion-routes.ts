import { Hono } from 'hono'
import type { GatewayState } from '../gateway-state'
import type { InboundDialects } from '../inbound/create-inbound-dialects'
import { handleChatCompletion } from '../inbound/handle-chat-completion'
import type { InboundDialect } from '../inbound/inbound-dialect'

/** Each dialect at its vendor-shaped path, so an unmodified SDK works by changing its base URL. */
export function chatCompletionRoutes(state: GatewayState, inbound: InboundDialects): Hono {
  const app = new Hono()
  const handle = (dialect: InboundDialect) => (c: Parameters<typeof handleChatCompletion>[0]) =>
    handleChatCompletion(c, dialect, state)
  app.post('/v1/chat/completions', handle(inbound.openai))
  app.post('/octoai/v1/chat/completions', handle(inbound.octoai))
  app.post('/friendli/serverless/v1/chat/completions', handle(inbound.friendliServerless))
  app.post('/friendli/dedicated/v1/chat/completions', handle(inbound.friendliDedicated))
  app.post('/friendli/serverless/tools/v1/chat/completions', handle(inbound.friendliTools))
  app.post('/_inference/chat_completion/:inference_id/_stream', handle(inbound.elastic))
  app.post('/_inference/:inference_id/_stream', handle(inbound.elastic))
  return app
}
