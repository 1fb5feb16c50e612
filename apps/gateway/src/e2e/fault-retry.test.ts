import { describe, expect, it } from 'vitest'
import {
  call,
  expectErrorAnswer,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
} from '../test-support/fault-harness'
import { answerError } from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'
import { RETRY_FLOOR_MS } from '../upstream/wait-before-retry'

// Row 10 of the fault matrix: `Retry-After` as upstreams really send it — 0, negative, absurd,
// an HTTP date. Retries never hammer (a floor between attempts), a huge value is neither waited
// for nor passed on raw, and a date reaches the client as whole seconds.

const DIALECTS: Dialect[] = ['openai', 'octoai', 'friendli', 'elastic']

const suite = useFaultSuite({
  retrying: { upstream: { retries: 2 } },
  single: { upstream: { retries: 0 } },
})

/** Milliseconds between consecutive upstream attempts, as the upstream saw them arrive. */
const gaps = () =>
  suite.upstream.requests
    .slice(1)
    .map((request, index) => request.at - suite.upstream.requests[index]!.at)

describe('Retry-After below zero or zero, retries: 2', () => {
  it.each(
    ROTATION.flatMap(([inbound, from]) => [
      [inbound, from, '0'] as const,
      [inbound, from, '-5'] as const,
    ]),
  )(
    '%s client ← %s upstream 503 Retry-After %s: 3 attempts at least the floor apart',
    async (inbound, from, retryAfter) => {
      suite.upstream.reply(
        answerError({ kind: 'overloaded', message: 'busy' }, { 'retry-after': retryAfter }),
      )
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.retrying.url, client, { model: modelFor(from) })
      expectErrorAnswer(client, answer, 'overloaded')
      expect(suite.upstream.requests).toHaveLength(3)
      for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(RETRY_FLOOR_MS - 5)
    },
  )
})

describe('Retry-After: 1e308', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream 429: forwarded as an integer ≤ 3600',
    async (inbound, from) => {
      suite.upstream.reply(
        answerError({ kind: 'rate_limit', message: 'slow down' }, { 'retry-after': '1e308' }),
      )
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.single.url, client, { model: modelFor(from) })
      expectErrorAnswer(client, answer, 'rate_limit')
      const header = answer.headers.get('retry-after')
      expect(header).toMatch(/^\d+$/)
      expect(Number(header)).toBeLessThanOrEqual(3600)
    },
  )

  it('with retries: 2 it is not waited for: one attempt, a prompt answer', async () => {
    suite.upstream.reply(
      answerError({ kind: 'rate_limit', message: 'slow down' }, { 'retry-after': '1e308' }),
    )
    const client = INBOUND_CLIENTS.openai
    const answer = await call(suite.retrying.url, client, {
      model: modelFor('openai'),
      timeoutMs: 5000,
    })
    expectErrorAnswer(client, answer, 'rate_limit')
    expect(suite.upstream.requests).toHaveLength(1)
  })
})

describe('Retry-After as an HTTP date', () => {
  it.each(DIALECTS)(
    'openai client ← %s upstream 429 with a date 30 s ahead: integer seconds',
    async (from) => {
      const date = new Date(Date.now() + 30_000).toUTCString()
      suite.upstream.reply(
        answerError({ kind: 'rate_limit', message: 'slow down' }, { 'retry-after': date }),
      )
      const client = INBOUND_CLIENTS.openai
      const answer = await call(suite.single.url, client, { model: modelFor(from) })
      expectErrorAnswer(client, answer, 'rate_limit')
      const header = answer.headers.get('retry-after')
      expect(header).toMatch(/^\d+$/)
      expect(Number(header)).toBeGreaterThanOrEqual(25)
      expect(Number(header)).toBeLessThanOrEqual(31)
    },
  )
})
