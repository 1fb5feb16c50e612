// ES's unified errors carry `code` = the lower-cased `RestStatus` name (wire-formats.md §3.5).
const STATUS_NAMES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  413: 'request_entity_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
  500: 'internal_server_error',
  501: 'not_implemented',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
}

/** `404` → `not_found`; a status ES has no name for reads as `bad_request`, as ES maps it. */
export function encodeElasticStatusName(status: number): string {
  return STATUS_NAMES[status] ?? 'bad_request'
}

const STATUS_BY_NAME = new Map(
  Object.entries(STATUS_NAMES).map(([status, name]) => [name, Number(status)]),
)

/** `not_found` → `404`; `undefined` for a code that is not a status name (`stream_error`). */
export function decodeElasticStatusName(code: string | undefined): number | undefined {
  return code === undefined ? undefined : STATUS_BY_NAME.get(code)
}
