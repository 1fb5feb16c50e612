import { ChatwireError } from '@chatwire/core'
import { overloaded } from '../policy/create-admission'
import type { BodyBudget } from './gateway-call'

export function bodyTooLarge(limit: number): ChatwireError {
  return new ChatwireError({
    kind: 'request_too_large',
    message: `The request body is larger than ${limit} bytes (server.maxBodyBytes).`,
  })
}

function bodyBudgetSpent(): ChatwireError {
  return overloaded('request body bytes held at once (server.maxInflightBodyBytes)')
}

/**
 * Why a body read must stop at this chunk (`size` bytes read so far, this one included), or
 * `undefined`: past `limit` a 413, past what the budget still allows a 503.
 */
export function refuseBodyChunk(
  size: number,
  chunkBytes: number,
  limit: number,
  budget: BodyBudget | undefined,
): ChatwireError | undefined {
  if (size > limit) return bodyTooLarge(limit)
  if (budget?.take(chunkBytes) === false) return bodyBudgetSpent()
  return undefined
}
