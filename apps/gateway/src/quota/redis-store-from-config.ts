import type { GatewayConfig } from '../config/gateway-config'
import { assertGatewayConfig } from '../config/validate-config'
import type { Logger } from '../log/logger'
import { createRedisQuotaStore, type RedisQuotaStore } from './redis-quota-store'

/** How long start-up waits for Redis before it listens anyway (calls then fail as an outage). */
const REDIS_START_WAIT_MS = 2_000

/**
 * The Node server's Redis store for `auth.store.type: redis` (undefined for any other store),
 * connected once start-up returns, or reported through `logger` as down: a Redis outage at start
 * follows `auth.onStoreError` like any other, it does not stop the gateway. The config is
 * checked first, so a malformed store never connects anywhere.
 */
export async function openRedisStoreFromConfig(
  config: GatewayConfig,
  logger: Logger,
): Promise<RedisQuotaStore | undefined> {
  const store = config.auth?.store
  if (store?.type !== 'redis') return undefined
  assertGatewayConfig(config)
  const redis = createRedisQuotaStore({
    url: store.url,
    keyPrefix: store.keyPrefix,
    timeoutMs: store.timeoutMs,
    logger,
  })
  await redis.waitUntilReady(REDIS_START_WAIT_MS)
  return redis
}
