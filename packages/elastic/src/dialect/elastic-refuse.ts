import { type ChatwireError, createRefusalError, type GatewayRefusal } from '@chatwire/core'

/**
 * The exception Elasticsearch answers each refusal with before any action runs: 403 a security
 * exception, 429 a rejected execution, 503 its own `status_exception` (which @elastic/transport
 * retries; ES relays a provider's 5xx as a 400 its clients do not retry).
 */
const EXCEPTIONS: Record<GatewayRefusal['reason'], string> = {
  'model-not-allowed': 'security_exception',
  'rate-limited': 'es_rejected_execution_exception',
  'request-too-large': 'es_rejected_execution_exception',
  unavailable: 'status_exception',
  overloaded: 'status_exception',
}

/** A gateway refusal in Elasticsearch's standard `{error:{root_cause,…},status}` envelope. */
export function refuseInElastic(refusal: GatewayRefusal): ChatwireError {
  const type = EXCEPTIONS[refusal.reason]
  const cause = { type, reason: refusal.message }
  const raw = { error: { root_cause: [cause], ...cause }, status: refusal.status }
  return createRefusalError(refusal, { type, raw })
}
