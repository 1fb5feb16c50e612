import { type AssertValidOptions, ChatwireError } from '@chatwire/core'

/** Friendli answers a body it rejects with HTTP 422 (FastAPI validation, reference §5.5). */
const FRIENDLI_VALIDATION_STATUS = 422

export const friendliValidation = (pathPrefix?: string): AssertValidOptions => ({
  status: FRIENDLI_VALIDATION_STATUS,
  subject: 'request body',
  ...(pathPrefix === undefined ? {} : { pathPrefix }),
})

/** The error the Friendli server check throws: `invalid_request`, 422, naming the field. */
export function friendliInvalidRequest(message: string, param?: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    status: FRIENDLI_VALIDATION_STATUS,
    message,
    ...(param === undefined ? {} : { param }),
  })
}
