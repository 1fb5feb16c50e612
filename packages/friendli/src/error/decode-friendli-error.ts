import {
  type ChatError,
  compileSchema,
  createErrorDecoder,
  EXCERPT_LENGTH,
  excerpt,
  isJsonObject,
  kindFromStatus,
  UPSTREAM_MESSAGE_LENGTH,
} from '@chatwire/core'
import { decodeOpenAIErrorObject, parseErrorBody } from '@chatwire/openai/internal'
import { FriendliValidationErrorBody } from '../schema/friendli-error-body'
import { decodeFriendliErrorLocation } from './map-friendli-error-location'

const validationBody = compileSchema(FriendliValidationErrorBody)

/**
 * Any Friendli error response → ChatError. Friendli sends three envelopes (reference §5.5):
 * 422 `{"detail":[…]}`, `{"error":{"message",…}}` and `{"message","error":{…}}`; anything else
 * (HTML from a proxy, plain text, an empty body) keeps its text as the message.
 */
export const decodeFriendliError = createErrorDecoder((status, body) => {
  const raw = parseErrorBody(body)
  const text = body.trim()
  const fallback = text === '' ? `HTTP ${status}` : excerpt(text, UPSTREAM_MESSAGE_LENGTH)
  return (
    decodeFriendliErrorPayload(raw, status) ?? {
      kind: kindFromStatus(status),
      status,
      message: fallback,
      raw,
    }
  )
})

/** One of the three envelopes → ChatError, or `undefined` when the value is none of them. */
export function decodeFriendliErrorPayload(raw: unknown, status: number): ChatError | undefined {
  if (validationBody.check(raw)) return decodeValidationBody(raw, status)
  if (!isJsonObject(raw)) return undefined
  const details = isJsonObject(raw.error) ? raw.error : undefined
  if (typeof details?.message === 'string') return decodeOpenAIErrorObject(raw, status, '')
  if (typeof raw.message !== 'string') return undefined
  // `{"message", "error": {…}}`: the engine's reader takes the details, the message is on top.
  const error = decodeOpenAIErrorObject({ error: { ...details, message: raw.message } }, status, '')
  if (typeof details?.code === 'number') error.code = String(details.code)
  error.raw = raw
  return error
}

function decodeValidationBody(raw: FriendliValidationErrorBody, status: number): ChatError {
  const first = raw.detail[0]
  // Only as many entries as the message bound can show are joined.
  const message = raw.detail
    .slice(0, 20)
    .map((entry) => entry.msg)
    .join('; ')
  const error: ChatError = {
    kind: 'invalid_request',
    status,
    message: excerpt(message, UPSTREAM_MESSAGE_LENGTH) || `HTTP ${status}`,
    raw,
  }
  const param = first ? decodeFriendliErrorLocation(first.loc) : ''
  if (param !== '') error.param = excerpt(param, EXCERPT_LENGTH)
  if (first) error.type = excerpt(first.type, EXCERPT_LENGTH)
  return error
}
