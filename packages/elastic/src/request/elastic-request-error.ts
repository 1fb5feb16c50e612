import { ChatwireError } from '@chatwire/core'

/** A body ES's own parser rejects: `x_content_parse_exception`, as the server names it. */
export function elasticParseError(message: string, param?: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    status: 400,
    code: 'bad_request',
    type: 'x_content_parse_exception',
    message,
    ...(param ? { param } : {}),
  })
}

/**
 * A body ES 8.18 parses but cannot serve (a free-string `role` or `type` no provider knows).
 * ES would fail later, at the provider; chatwire fails early with the field path.
 */
export function elasticUnsupportedError(message: string, param: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    status: 400,
    code: 'bad_request',
    type: 'status_exception',
    message,
    param,
  })
}
