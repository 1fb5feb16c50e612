import { ChatwireError } from '@chatwire/core'
import { type ClientKeys, createClientKeys } from '../auth/create-client-keys'
import type { GatewayAuth } from '../config/gateway-auth-config'
import { GATEWAY_DEFAULTS } from '../config/gateway-defaults'
import type { Logger } from '../log/logger'
import type { KeyMetrics } from '../metrics/create-key-metrics'
import { createKeyQuota, type KeyQuota } from './create-key-quota'
import { createMemoryQuotaStore } from './memory-quota-store'
import type { QuotaStore } from './quota-store'

export interface ClientAuth {
  clients: ClientKeys | undefined
  quota: KeyQuota | undefined
  /** Closes the store this built (a store passed in is its owner's to close). */
  close(): Promise<void>
}

/**
 * `auth` → the hashed key table and, when a key has limits, the quota gate over the store:
 * the one passed in (Redis, Durable Object) or, for `store.type: memory`, one built here.
 */
export function createClientAuth(
  auth: GatewayAuth | undefined,
  options: { quotaStore?: QuotaStore | undefined; logger: Logger; metrics: KeyMetrics },
): ClientAuth {
  const none = { clients: undefined, quota: undefined, close: async () => {} }
  if (!auth) return none
  const clients = createClientKeys(auth.keys)
  const storeType = auth.store?.type ?? 'memory'
  if (storeType !== 'memory' && !options.quotaStore) {
    throw new ChatwireError({
      kind: 'invalid_request',
      param: 'auth.store',
      message: `'auth.store': a '${storeType}' store must be passed by the runtime that starts the gateway (createGateway(config, { quotaStore })); this one passed none`,
    })
  }
  const limited = [...clients.values()].some((identity) => identity.limits)
  if (!limited) return { ...none, clients }
  const store = options.quotaStore ?? createMemoryQuotaStore()
  const defaults = GATEWAY_DEFAULTS.auth
  const quota = createKeyQuota({
    store,
    onStoreError: auth.onStoreError ?? defaults.onStoreError,
    waitMs: defaults.storeWaitMs,
    reservedCompletionTokens: defaults.reservedCompletionTokens,
    logIntervalMs: defaults.storeErrorLogIntervalMs,
    logger: options.logger,
    metrics: options.metrics,
  })
  return { clients, quota, close: () => (options.quotaStore ? Promise.resolve() : store.close()) }
}
