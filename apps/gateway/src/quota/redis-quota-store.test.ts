import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJsonLogger } from '../log/logger'
import { describeQuotaStoreContract } from '../test-support/describe-quota-store-contract'
import {
  hasRedisServer,
  type RunningRedis,
  startRedisServer,
} from '../test-support/start-redis-server'
import { QuotaStoreUnavailable } from './quota-store'
import { createRedisQuotaStore, type RedisQuotaStore } from './redis-quota-store'

describe.skipIf(!hasRedisServer())('createRedisQuotaStore', () => {
  let redis: RunningRedis
  let admin: Redis
  const stores: RedisQuotaStore[] = []
  const open = (options: Partial<Parameters<typeof createRedisQuotaStore>[0]> = {}) => {
    const store = createRedisQuotaStore({ url: redis.url, ...options })
    stores.push(store)
    return store
  }
  const minute = (bucket: string, limit: number, amount = 1) => ({
    bucket,
    limit,
    periodMs: 60_000,
    amount,
  })
  beforeAll(async () => {
    redis = await startRedisServer()
    admin = new Redis(redis.url)
    // The outage test stops the server under it too.
    admin.on('error', () => {})
  })
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()))
    admin?.disconnect()
    await redis?.stop()
  })

  describeQuotaStoreContract('redis', async (now) => {
    const store = open({ now })
    await store.waitUntilReady(5_000)
    return store
  })

  it('never lets parallel takes from two instances exceed the limit', async () => {
    const [first, second] = [open(), open()]
    const bucket = `race-${randomUUID()}`
    const takes = Array.from({ length: 80 }, (_, i) =>
      (i % 2 ? first : second).take([minute(bucket, 30)]),
    )
    const verdicts = await Promise.all(takes)
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(30)
  })

  it('keeps each bucket under the key prefix, expiring when it would be full again', async () => {
    const store = open({ keyPrefix: 'test-prefix:' })
    const bucket = randomUUID()
    await store.take([minute(bucket, 5)])
    const ttl = await admin.pttl(`test-prefix:${bucket}`)
    // One unit of five per minute refills in 12 s: the key lives at most that long.
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(12_000)
    await store.settle([{ ...minute(bucket, 5), amount: -1 }])
    expect(await admin.exists(`test-prefix:${bucket}`)).toBe(0)
  })

  it('loads its scripts again after SCRIPT FLUSH (EVALSHA falls back to EVAL)', async () => {
    const store = open()
    const bucket = randomUUID()
    expect(await store.take([minute(bucket, 2)])).toEqual({ allowed: true })
    await admin.script('FLUSH')
    expect(await store.take([minute(bucket, 2)])).toEqual({ allowed: true })
    expect(await store.take([minute(bucket, 2)])).toMatchObject({ allowed: false })
  })

  it('rejects with QuotaStoreUnavailable when Redis does not answer within timeoutMs', async () => {
    const store = open({ timeoutMs: 100 })
    await store.waitUntilReady(5_000)
    await admin.client('PAUSE', 500, 'ALL')
    await expect(store.take([minute(randomUUID(), 5)])).rejects.toBeInstanceOf(
      QuotaStoreUnavailable,
    )
    await admin.client('UNPAUSE')
  })

  it('close() is idempotent and later calls reject as unavailable', async () => {
    const store = open()
    await store.waitUntilReady(5_000)
    await Promise.all([store.close(), store.close()])
    await expect(store.take([minute(randomUUID(), 5)])).rejects.toBeInstanceOf(
      QuotaStoreUnavailable,
    )
  })

  it('survives Redis going away, logs each outage once without the password, and recovers', async () => {
    const lines: string[] = []
    const logger = createJsonLogger((line) => lines.push(line))
    const store = open({ logger })
    // Nothing listens on port 1: this one never connects, and its log lines carry its URL.
    const unreachable = open({ logger, url: 'redis://:s3cret-password@127.0.0.1:1' })
    await store.waitUntilReady(5_000)
    const bucket = randomUUID()
    expect(await store.take([minute(bucket, 3)])).toEqual({ allowed: true })
    await redis.stop()
    await expect(store.take([minute(bucket, 3)])).rejects.toBeInstanceOf(QuotaStoreUnavailable)
    await expect(unreachable.take([minute(bucket, 3)])).rejects.toBeInstanceOf(
      QuotaStoreUnavailable,
    )
    await redis.start()
    expect(await store.waitUntilReady(10_000)).toBe(true)
    expect(await store.take([minute(bucket, 3)])).toEqual({ allowed: true })
    const errors = (port: number) =>
      lines.filter(
        (line) => line.includes('quota.redis-down') && line.includes(`127.0.0.1:${port}"`),
      )
    // One line per outage, however many reconnection attempts failed meanwhile.
    expect(errors(redis.port)).toHaveLength(1)
    expect(errors(1)).toHaveLength(1)
    expect(lines.join('')).not.toContain('s3cret-password')
    expect(lines.join('')).toContain('redis://:***@127.0.0.1:1')
    expect(lines.some((line) => line.includes('quota.redis-reconnected'))).toBe(true)
  })
})
