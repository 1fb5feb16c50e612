// ES answers a provider 5xx with HTTP 400 (`BaseResponseHandler.toRestStatus`); the original
// status survives only in the message: `… for request from inference entity id [x] status [503]`.
const STATUS_PATTERN = /\bstatus \[(\d{3})\]/

/** The provider status named in an ES error message, when there is one. */
export function parseElasticUpstreamStatus(message: string): number | undefined {
  const match = STATUS_PATTERN.exec(message)
  return match ? Number(match[1]) : undefined
}
