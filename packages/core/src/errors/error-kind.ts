import type { ErrorKind } from '../schema/chat-error'

/** The one kind → HTTP status table. */
export const STATUS_BY_KIND = {
  invalid_request: 400,
  authentication: 401,
  permission: 403,
  not_found: 404,
  conflict: 409,
  request_too_large: 413,
  unprocessable: 422,
  rate_limit: 429,
  internal: 500,
  upstream: 502,
  overloaded: 503,
  timeout: 504,
} as const satisfies Record<ErrorKind, number>

const KIND_BY_STATUS = new Map<number, ErrorKind>(
  Object.entries(STATUS_BY_KIND).map(([kind, status]) => [status, kind as ErrorKind]),
)

/** The kind for an HTTP status; unknown 4xx → invalid_request, unknown 5xx → upstream. */
export function kindFromStatus(status: number): ErrorKind {
  const known = KIND_BY_STATUS.get(status)
  if (known) return known
  if (status === 408) return 'timeout'
  if (status >= 500) return status === 500 ? 'internal' : 'upstream'
  return 'invalid_request'
}

export function statusFromKind(kind: ErrorKind): number {
  return STATUS_BY_KIND[kind]
}

const RETRYABLE = new Set<ErrorKind>([
  'rate_limit',
  'overloaded',
  'timeout',
  'internal',
  'upstream',
  'conflict',
])

/** Whether retrying the same request may succeed. */
export function isRetryableKind(kind: ErrorKind): boolean {
  return RETRYABLE.has(kind)
}
