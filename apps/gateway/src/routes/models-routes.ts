import { Hono } from 'hono'
import { checkClientKey } from '../auth/check-client-key'
import type { ClientIdentity } from '../auth/create-client-keys'
import type { InboundDialect } from '../dialects/inbound-dialect'
import type { GatewayState } from '../gateway-state'
import { answerToResponse } from '../http/answer-to-response'
import { errorAnswer } from '../pipeline/error-answer'

/** A fixed timestamp: the list describes the config, not a moment. */
const CREATED = 0

/**
 * `GET /v1/models` (in the fallback dialect's shape): every model name a route matches literally (a glob has no finite
 * list), `owned_by` the upstream that serves it; for a key with `models`, only those it may use.
 */
export function modelsRoutes(state: GatewayState, fallback: InboundDialect): Hono {
  const app = new Hono()
  const models = listModels(state)
  app.get('/v1/models', (c) => {
    let client: ClientIdentity | undefined
    try {
      if (state.clients) client = checkClientKey(state.clients, c.req.header('authorization'))
    } catch (error) {
      return answerToResponse(errorAnswer(fallback, error))
    }
    const mayUse = client?.mayUse
    return c.json({ object: 'list', data: mayUse ? models.filter(({ id }) => mayUse(id)) : models })
  })
  return app
}

function listModels(state: GatewayState) {
  const seen = new Map<string, string>()
  for (const route of state.config.routes) {
    if (!/[*?]/.test(route.match) && !seen.has(route.match)) seen.set(route.match, route.upstream)
  }
  return [...seen].map(([id, upstream]) => ({
    id,
    object: 'model',
    created: CREATED,
    owned_by: upstream,
  }))
}
