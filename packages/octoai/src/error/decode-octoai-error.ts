import {
  type ChatError,
  createErrorDecoder,
  EXCERPT_LENGTH,
  excerpt,
  kindFromStatus,
  UPSTREAM_MESSAGE_LENGTH,
} from '@chatwire/core'
import { decodeOpenAIErrorObject, parseErrorBody } from '@chatwire/openai/internal'
import type { OctoAIValidationErrorItem } from '../schema/octoai-error-body'
import { decodeOctoAIErrorLocation } from './map-octoai-error-location'
import {
  octoaiErrorBodyValidator as errorBodyValidator,
  octoaiHttpErrorBodyValidator as httpErrorBodyValidator,
  octoaiValidationErrorValidator as validationErrorValidator,
} from './octoai-error-validators'

/**
 * An OctoAI error response → ChatError. Knows the 422 `{"detail":[…]}`, FastAPI's
 * `{"detail":"…"}`, the `{"object":"error",…}` envelope, an engine-style `{"error":…}` from a
 * proxy in front, and bodies that are not JSON at all.
 */
export const decodeOctoAIError = createErrorDecoder((status, body) =>
  decodeOctoAIErrorBody(parseErrorBody(body), status, describeText(status, body)),
)

/** A parsed error payload (HTTP body or in-stream event) → ChatError. */
export function decodeOctoAIErrorBody(
  parsed: unknown,
  status: number,
  fallback: string,
): ChatError {
  if (validationErrorValidator.check(parsed) && parsed.detail && parsed.detail.length > 0) {
    return { kind: 'invalid_request', status, ...decodeValidationItems(parsed.detail), raw: parsed }
  }
  if (errorBodyValidator.check(parsed)) {
    const error: ChatError = {
      kind: kindFromStatus(status),
      status,
      message: excerpt(parsed.message, UPSTREAM_MESSAGE_LENGTH),
      type: excerpt(parsed.type, EXCERPT_LENGTH),
      raw: parsed,
    }
    if (parsed.param) error.param = excerpt(parsed.param, EXCERPT_LENGTH)
    if (parsed.code) error.code = excerpt(parsed.code, EXCERPT_LENGTH)
    return error
  }
  if (httpErrorBodyValidator.check(parsed)) {
    const message = excerpt(parsed.detail, UPSTREAM_MESSAGE_LENGTH)
    return { kind: kindFromStatus(status), status, message, raw: parsed }
  }
  return decodeOpenAIErrorObject(parsed, status, fallback)
}

function decodeValidationItems(items: OctoAIValidationErrorItem[]) {
  const [first] = items as [OctoAIValidationErrorItem]
  const location = decodeOctoAIErrorLocation(first.loc)
  const param = location === undefined ? undefined : excerpt(location, EXCERPT_LENGTH)
  // Only as many items as the message bound can show are joined.
  const message =
    items.length === 1
      ? first.msg
      : items
          .slice(0, 20)
          .map((item) => `${decodeOctoAIErrorLocation(item.loc) ?? 'body'}: ${item.msg}`)
          .join('; ')
  return {
    message: excerpt(message, UPSTREAM_MESSAGE_LENGTH),
    code: excerpt(first.type, EXCERPT_LENGTH),
    ...(param ? { param } : {}),
  }
}

function describeText(status: number, body: string): string {
  const text = body.trim()
  return text === '' ? `OctoAI answered HTTP ${status} with an empty body` : text.slice(0, 500)
}
