import { countByLabel } from './count-by-label'
import { createCounter } from './create-counter'
import { createLabelCache } from './create-label-cache'
import type { MetricRegistry } from './create-metric-registry'

export type LimitKind = 'requests' | 'tokens'

/** Per client key, labelled by its configured name (plain keys share `unnamed`), never the key. */
export interface KeyMetrics {
  /** A chat request carried this key. */
  keyUsed(key: string): void
  keyTokens(key: string, prompt: number, completion: number): void
  /** A 429 for this key's `requestsPerMinute` or `tokensPerMinute`. */
  keyRateLimited(key: string, limit: LimitKind): void
  /** A quota store call failed or did not answer in time. */
  quotaStoreFailed(store: string): void
}

export function createKeyMetrics(registry: MetricRegistry): KeyMetrics {
  const counter = (name: string, help: string) => registry.register(createCounter(name, help))
  const requests = counter('chatwire_key_requests_total', 'Chat requests by client key name.')
  const tokens = counter(
    'chatwire_key_tokens_total',
    'Tokens the upstreams reported (kind prompt or completion), by client key name.',
  )
  const limited = counter(
    'chatwire_key_rate_limited_total',
    'Requests refused with 429 by a key limit (limit requests or tokens), by client key name.',
  )
  const storeErrors = counter(
    'chatwire_quota_store_errors_total',
    'Quota store calls that failed or timed out (auth.onStoreError applied), by store.',
  )
  const byKey = createLabelCache(['key'])
  const byKind = createLabelCache(['key', 'kind'])
  const byLimit = createLabelCache(['key', 'limit'])
  const byStore = createLabelCache(['store'])
  return {
    keyUsed: countByLabel(requests, byKey),
    keyTokens(key, prompt, completion) {
      tokens.inc(byKind(key, 'prompt'), prompt)
      tokens.inc(byKind(key, 'completion'), completion)
    },
    keyRateLimited(key, limit) {
      limited.inc(byLimit(key, limit))
    },
    quotaStoreFailed: countByLabel(storeErrors, byStore),
  }
}
