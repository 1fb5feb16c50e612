import { ChatwireError } from '@chatwire/core'
import { overloaded } from '../policy/create-admission'

export function bodyTooLarge(limit: number): ChatwireError {
  return new ChatwireError({
    kind: 'request_too_large',
    message: `The request body is larger than ${limit} bytes (server.maxBodyBytes).`,
  })
}

export function bodyBudgetSpent(): ChatwireError {
  return overloaded('request body bytes held at once (server.maxInflightBodyBytes)')
}
