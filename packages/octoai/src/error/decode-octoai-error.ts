import { type ChatError, kindFromStatus, parseRetryAfter } from '@chatwire/core'
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
 * `{"detail":"…"}`, the `{"object":"error",…}` envelope, an OpenAI-style `{"error":…}` from a
 * proxy in front, and bodies that are not JSON at all.
 */
export function decodeOctoAIError(
  status: number,
  body: string,
  headers?: Record<string, string>,
): ChatError {
  const error = decodeOctoAIErrorBody(parseErrorBody(body), status, describeText(status, body))
  const retryAfter = parseRetryAfter(headers)
  if (retryAfter !== undefined) error.retryAfter = retryAfter
  return error
}

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
      message: parsed.message,
      type: parsed.type,
      raw: parsed,
    }
    if (parsed.param) error.param = parsed.param
    if (parsed.code) error.code = parsed.code
    return error
  }
  if (httpErrorBodyValidator.check(parsed)) {
    return { kind: kindFromStatus(status), status, message: parsed.detail, raw: parsed }
  }
  return decodeOpenAIErrorObject(parsed, status, fallback)
}

function decodeValidationItems(items: OctoAIValidationErrorItem[]) {
  const [first] = items as [OctoAIValidationErrorItem]
  const param = decodeOctoAIErrorLocation(first.loc)
  const message =
    items.length === 1
      ? first.msg
      : items
          .map((item) => `${decodeOctoAIErrorLocation(item.loc) ?? 'body'}: ${item.msg}`)
          .join('; ')
  return { message, code: first.type, ...(param ? { param } : {}) }
}

function describeText(status: number, body: string): string {
  const text = body.trim()
  return text === '' ? `OctoAI answered HTTP ${status} with an empty body` : text.slice(0, 500)
}
