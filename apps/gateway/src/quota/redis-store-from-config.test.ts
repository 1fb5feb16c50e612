import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GatewayAuth } from '../config/gateway-auth-config'
import type { GatewayConfig } from '../config/gateway-config'
import { createJsonLogger, silentLogger } from '../log/logger'
import {
  hasRedisServer,
  type RunningRedis,
  startRedisServer,
} from '../test-support/start-redis-server'
import { QuotaStoreUnavailable } from './quota-store'
import { openRedisStoreFromConfig } from './redis-store-from-config'

const configWith = (store?: GatewayAuth['store']): GatewayConfig => ({
  upstreams: { main: { dialect: 'openai', baseURL: 'http://127.0.0.1:9/v1' } },
  routes: [{ match: '*', upstream: 'main' }],
  auth: { keys: ['sk-test-0123456789'], ...(store ? { store } : {}) },
})

const { auth: _noAuth, ...noAuth } = configWith()

const charge = () => ({ bucket: randomUUID(), limit: 1, periodMs: 60_000, amount: 1 })

describe('openRedisStoreFromConfig', () => {
  it.each([
    ['no auth', noAuth],
    ['no store', configWith()],
    ['the memory store', configWith({ type: 'memory' })],
  ])('opens nothing for %s', async (_, config) => {
    expect(await openRedisStoreFromConfig(config, silentLogger)).toBeUndefined()
  })

  it('refuses a malformed store before connecting anywhere', async () => {
    const config = configWith({ type: 'redis', url: 'http://127.0.0.1:6379' })
    await expect(openRedisStoreFromConfig(config, silentLogger)).rejects.toThrow(/auth\.store/)
  })

  it('starts when Redis is unreachable: calls fail as an outage, the log hides the password', async () => {
    const lines: string[] = []
    const url = 'redis://:start-up-secret@127.0.0.1:1/0'
    const store = await openRedisStoreFromConfig(
      configWith({ type: 'redis', url }),
      createJsonLogger((line) => lines.push(line)),
    )
    try {
      await expect(store!.take([charge()])).rejects.toBeInstanceOf(QuotaStoreUnavailable)
      expect(lines.join('')).toContain('quota.redis-down')
      expect(lines.join('')).not.toContain('start-up-secret')
    } finally {
      await store?.close()
    }
  })

  describe.skipIf(!hasRedisServer())('with Redis running', () => {
    let redis: RunningRedis
    beforeAll(async () => {
      redis = await startRedisServer()
    })
    afterAll(async () => {
      await redis?.stop()
    })

    it('returns a connected store with the configured prefix and wait', async () => {
      const store = await openRedisStoreFromConfig(
        configWith({ type: 'redis', url: redis.url, keyPrefix: 'configured:', timeoutMs: 500 }),
        silentLogger,
      )
      try {
        expect(store?.kind).toBe('redis')
        expect(await store!.waitUntilReady(0)).toBe(true)
        const bucket = charge()
        expect(await store!.take([bucket])).toEqual({ allowed: true })
        expect(await store!.take([bucket])).toMatchObject({ allowed: false })
      } finally {
        await store?.close()
      }
    })
  })
})
