import { ChatwireError } from '@chatwire/core'
import type { Dialect } from '../config/gateway-config'

export interface Refusal {
  kind: 'permission' | 'rate_limit' | 'overloaded'
  status: 403 | 429 | 503
  message: string
  /** Seconds. */
  retryAfter?: number
  /** OpenAI's own `type` and `code` for this refusal (its 429s: `requests`/`tokens`). */
  openai?: { type?: string; code?: string }
  /** The Elasticsearch exception that answers this status before any action runs. */
  elasticException: string
}

/**
 * A refusal of the gateway's own (a key's model or limit, its quota store down) as each
 * dialect's server words it:
 * OpenAI with its `type`/`code`, Elasticsearch with its standard `{error:{root_cause,…},
 * status}` envelope (encoded verbatim by the Elastic codec), OctoAI and Friendli with their
 * envelope's defaults for the kind.
 */
export function createRefusal(dialect: Dialect, refusal: Refusal): ChatwireError {
  const { kind, status, message } = refusal
  const retry = refusal.retryAfter === undefined ? {} : { retryAfter: refusal.retryAfter }
  if (dialect === 'openai')
    return new ChatwireError({ kind, status, message, ...refusal.openai, ...retry })
  if (dialect !== 'elastic') return new ChatwireError({ kind, status, message, ...retry })
  const type = refusal.elasticException
  const cause = { type, reason: message }
  const raw = { error: { root_cause: [cause], ...cause }, status }
  return new ChatwireError({ kind, status, message, type, raw, ...retry })
}
