import { type ChatwireError, createRefusalError, type GatewayRefusal } from '@chatwire/core'

/**
 * A gateway refusal as api.openai.com words its own: a rate limit's `type` is the limit
 * (`requests`, `tokens`) with code `rate_limit_exceeded`; anything else is the plain refusal.
 */
export function refuseInOpenAI(refusal: GatewayRefusal): ChatwireError {
  if (refusal.kind !== 'rate_limit') return createRefusalError(refusal)
  return createRefusalError(refusal, {
    type: refusal.limit ?? 'tokens',
    code: 'rate_limit_exceeded',
  })
}
