import { type ChatError, compileSchema, type EncodedError } from '@chatwire/core'
import { type FriendliErrorBody, FriendliValidationErrorBody } from '../schema/friendli-error-body'
import { encodeFriendliErrorLocation } from './map-friendli-error-location'

const validationBody = compileSchema(FriendliValidationErrorBody)

/**
 * ChatError → a Friendli HTTP error. Request validation errors (`invalid_request`,
 * `unprocessable`) become FastAPI's 422 `{"detail":[{"loc":["body",…],"msg","type"}]}`, as
 * Friendli answers a bad body; everything else keeps its status in the Friendli envelope
 * `{"message","error":{"type","code","param"}}` (reference §5.5). Both parse in Friendli's SDKs.
 */
export function encodeFriendliError(error: ChatError): EncodedError {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (error.retryAfter !== undefined) headers['retry-after'] = String(Math.ceil(error.retryAfter))
  if (error.kind === 'invalid_request' || error.kind === 'unprocessable') {
    return { status: 422, headers, body: JSON.stringify(encodeValidationBody(error)) }
  }
  return { status: error.status, headers, body: JSON.stringify(encodeFriendliErrorBody(error)) }
}

/** The `{"message","error":{…}}` envelope, also used for in-stream errors. */
export function encodeFriendliErrorBody(error: ChatError): FriendliErrorBody {
  const details: FriendliErrorBody['error'] = {}
  if (error.type !== undefined) details.type = error.type
  if (error.code !== undefined) details.code = error.code
  if (error.param !== undefined) details.param = error.param
  return { message: error.message, error: details }
}

function encodeValidationBody(error: ChatError): FriendliValidationErrorBody {
  // A 422 that came from a FastAPI server goes out exactly as it came.
  if (validationBody.check(error.raw) && error.raw.detail.length > 0) return error.raw
  return {
    detail: [
      {
        loc: encodeFriendliErrorLocation(error.param),
        msg: error.message,
        type: error.type ?? 'value_error',
      },
    ],
  }
}
