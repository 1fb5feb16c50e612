import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  call,
  expectErrorAnswer,
  type FaultGateway,
  faultConfig,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
  startFaultGateway,
} from '../test-support/fault-harness'
import {
  answerError,
  type FaultUpstream,
  startFaultUpstream,
} from '../test-support/start-fault-upstream'
import type { Dialect } from '../test-support/vendor-dialects'
import { RETRY_FLOOR_MS } from '../upstream/wait-before-retry'

// A bound for a loaded machine (npm test runs every suite at once); rows take well under it.
vi.setConfig({ testTimeout: 20_000 })

// Row 10 of the fault matrix: `Retry-After` as upstreams really send it — 0, negative, absurd,
// an HTTP date. Retries never hammer (a floor between attempts), a huge value is neither waited
// for nor passed on raw, and a date reaches the client as whole seconds.

const DIALECTS: Dialect[] = ['openai', 'octoai', 'friendli', 'elastic']

let upstream: FaultUpstream
let retrying: FaultGateway
let single: FaultGateway

beforeAll(async () => {
  upstream = await startFaultUpstream()
  retrying = await startFaultGateway(faultConfig(upstream, { upstream: { retries: 2 } }))
  single = await startFaultGateway(faultConfig(upstream, { upstream: { retries: 0 } }))
})

afterAll(async () => {
  await Promise.all([retrying?.close(), single?.close()])
  await upstream?.close()
})

beforeEach(() => upstream.reset())

/** Milliseconds between consecutive upstream attempts, as the upstream saw them arrive. */
const gaps = () =>
  upstream.requests.slice(1).map((request, index) => request.at - upstream.requests[index]!.at)

describe('Retry-After below zero or zero, retries: 2', () => {
  it.each(
    ROTATION.flatMap(([inbound, from]) => [
      [inbound, from, '0'] as const,
      [inbound, from, '-5'] as const,
    ]),
  )(
    '%s client ← %s upstream 503 Retry-After %s: 3 attempts at least the floor apart',
    async (inbound, from, retryAfter) => {
      upstream.reply(
        answerError({ kind: 'overloaded', message: 'busy' }, { 'retry-after': retryAfter }),
      )
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(retrying.url, client, { model: modelFor(from) })
      expectErrorAnswer(client, answer, 'overloaded')
      expect(upstream.requests).toHaveLength(3)
      for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(RETRY_FLOOR_MS - 5)
    },
  )
})

describe('Retry-After: 1e308', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream 429: forwarded as an integer ≤ 3600',
    async (inbound, from) => {
      upstream.reply(
        answerError({ kind: 'rate_limit', message: 'slow down' }, { 'retry-after': '1e308' }),
      )
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(single.url, client, { model: modelFor(from) })
      expectErrorAnswer(client, answer, 'rate_limit')
      const header = answer.headers.get('retry-after')
      expect(header).toMatch(/^\d+$/)
      expect(Number(header)).toBeLessThanOrEqual(3600)
    },
  )

  it('with retries: 2 it is not waited for: one attempt, a prompt answer', async () => {
    upstream.reply(
      answerError({ kind: 'rate_limit', message: 'slow down' }, { 'retry-after': '1e308' }),
    )
    const client = INBOUND_CLIENTS.openai
    const answer = await call(retrying.url, client, { model: modelFor('openai'), timeoutMs: 5000 })
    expectErrorAnswer(client, answer, 'rate_limit')
    expect(upstream.requests).toHaveLength(1)
  })
})

describe('Retry-After as an HTTP date', () => {
  it.each(DIALECTS)(
    'openai client ← %s upstream 429 with a date 30 s ahead: integer seconds',
    async (from) => {
      const date = new Date(Date.now() + 30_000).toUTCString()
      upstream.reply(
        answerError({ kind: 'rate_limit', message: 'slow down' }, { 'retry-after': date }),
      )
      const client = INBOUND_CLIENTS.openai
      const answer = await call(single.url, client, { model: modelFor(from) })
      expectErrorAnswer(client, answer, 'rate_limit')
      const header = answer.headers.get('retry-after')
      expect(header).toMatch(/^\d+$/)
      expect(Number(header)).toBeGreaterThanOrEqual(25)
      expect(Number(header)).toBeLessThanOrEqual(31)
    },
  )
})
