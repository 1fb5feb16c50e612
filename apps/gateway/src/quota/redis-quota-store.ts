import { Redis } from 'ioredis'
import { type Logger, silentLogger } from '../log/logger'
import { boundStoreCall } from './bound-store-call'
import type { QuotaCharge, QuotaStore, QuotaVerdict } from './quota-store'
import { SETTLE_SCRIPT, TAKE_SCRIPT } from './redis-quota-scripts'
import { redisUrlForLogs } from './redis-url-for-logs'

export interface RedisQuotaStoreOptions {
  /** `redis://[user:password@]host:port/db` (`rediss://` for TLS). */
  url: string
  /** Prefix of every bucket key (default `chatwire:`). */
  keyPrefix?: string | undefined
  /** Longest wait per call (default 250): past it the call rejects with QuotaStoreUnavailable. */
  timeoutMs?: number | undefined
  /** Where connection losses and recoveries are reported (the password never is). */
  logger?: Logger
  /** The clock in ms for the scripts; default Redis `TIME`, one clock for every instance. */
  now?: () => number
}

export interface RedisQuotaStore extends QuotaStore {
  /**
   * Resolves true once connected; false when a connection attempt failed or `ms` passed first
   * (the store keeps reconnecting in the background).
   */
  waitUntilReady(ms: number): Promise<boolean>
}

type ScriptReply = [number, number]
type ScriptedRedis = Redis & {
  quotaTake(keyCount: number, ...args: (string | number)[]): Promise<ScriptReply>
  quotaSettle(keyCount: number, ...args: (string | number)[]): Promise<number>
}

/** Reconnect back-off: 50 ms doubling up to 2 s, with jitter so instances do not stampede. */
const reconnectDelay = (attempt: number) =>
  Math.min(50 * 2 ** Math.min(attempt, 6), 2000) + Math.floor(Math.random() * 100)

/**
 * The QuotaStore on Redis (ioredis): each call is one `EVALSHA` (ioredis falls back to `EVAL`
 * on NOSCRIPT), bounded by `timeoutMs`. No offline queue and no resend after a reconnect: a call
 * that cannot be answered now fails now, and the caller's outage policy decides.
 */
export function createRedisQuotaStore(options: RedisQuotaStoreOptions): RedisQuotaStore {
  const timeoutMs = options.timeoutMs ?? 250
  const prefix = options.keyPrefix ?? 'chatwire:'
  const logger = options.logger ?? silentLogger
  const where = redisUrlForLogs(options.url)
  const client = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: timeoutMs,
    connectTimeout: Math.max(timeoutMs, 1000),
    retryStrategy: reconnectDelay,
    // The takes of requests arriving together go out in one write (fewer syscalls per burst).
    enableAutoPipelining: true,
  }) as ScriptedRedis
  client.defineCommand('quotaTake', { lua: TAKE_SCRIPT })
  client.defineCommand('quotaSettle', { lua: SETTLE_SCRIPT })
  let down = false
  let closing: Promise<void> | undefined
  // Every call waiting on a connection, woken with the outcome: one listener, however many wait.
  const waiters = new Set<(ready: boolean) => void>()
  const wake = (ready: boolean) => {
    for (const waiter of waiters) waiter(ready)
    waiters.clear()
  }
  // Down from the first failed attempt or dropped connection (logged once) until `ready` again.
  const markDown = (why: string) => {
    wake(false)
    if (down || closing) return
    down = true
    logger.warn('quota.redis-down', { store: 'redis', url: where, error: why })
  }
  client.on('error', (error: Error) => markDown(error.message))
  client.on('close', () => markDown('connection closed'))
  client.on('ready', () => {
    wake(true)
    if (!down) return
    down = false
    logger.info('quota.redis-reconnected', { store: 'redis', url: where })
  })
  const args = (charges: readonly QuotaCharge[]) => [
    charges.length,
    ...charges.map((charge) => prefix + charge.bucket),
    options.now ? String(options.now()) : '',
    ...charges.flatMap((charge) => [charge.limit, charge.periodMs, charge.amount]),
  ]
  // Waits for a connection under way (start-up, a reconnect) within the same bound; during a
  // known outage, fails at once so an `open` policy adds no wait to every request.
  const connectedCall = async <T>(call: () => Promise<T>, ms: number) => {
    if (!down) await waitUntilReady(ms)
    return call()
  }
  const bounded = <T>(call: () => Promise<T>): Promise<T> =>
    boundStoreCall(connectedCall(call, timeoutMs), timeoutMs, (why) => `redis at ${where}: ${why}`)
  const waitUntilReady = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (client.status === 'ready') return resolve(true)
      if (closing) return resolve(false)
      const waiter = (ready: boolean) => {
        clearTimeout(timer)
        resolve(ready)
      }
      const timer = setTimeout(() => {
        waiters.delete(waiter)
        resolve(false)
      }, ms)
      waiters.add(waiter)
    })
  return {
    kind: 'redis',
    async take(charges) {
      if (charges.length === 0) return { allowed: true }
      const [index, retryAfterMs] = await bounded(() =>
        client.quotaTake(...(args(charges) as [number, ...string[]])),
      )
      if (index === 0) return { allowed: true }
      return { allowed: false, bucket: charges[index - 1]!.bucket, retryAfterMs } as QuotaVerdict
    },
    async settle(charges) {
      if (charges.length === 0) return
      await bounded(() => client.quotaSettle(...(args(charges) as [number, ...string[]])))
    },
    waitUntilReady,
    close() {
      closing ??= Promise.resolve().then(() => {
        client.disconnect()
      })
      return closing
    },
  }
}
