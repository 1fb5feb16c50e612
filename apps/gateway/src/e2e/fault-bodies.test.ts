import { describe, expect, it } from 'vitest'
import {
  type Answer,
  call,
  expectErrorAnswer,
  expectHealthy,
  expectLogsBounded,
  fromRaw,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
  rawRequest,
  withRssPeak,
} from '../test-support/fault-harness'
import { answerText, type FaultHandler, waitFor } from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

// Row 11 of the fault matrix: big request bodies. A huge invalid value is refused without being
// echoed; many big bodies at once are admitted only up to maxInflightBodyBytes (503 +
// Retry-After past it), and maxConcurrentRequests turns the surplus away the same way.

const MiB = 1024 * 1024
const BODY_BYTES = 30 * MiB

const suite = useFaultSuite({
  gw: {},
  tight: { server: { maxConcurrentRequests: 2 } },
})

/** The dialect's body with one string field replaced by `bytes` of `x`, as bytes. */
function hugeBody(dialect: Dialect, model: string, field: 'role' | 'content'): Buffer {
  const marker = '__HUGE__'
  const message =
    field === 'role' ? { role: marker, content: 'Hello' } : { role: 'user', content: marker }
  const body = { ...INBOUND_CLIENTS[dialect].body({ model, prompt: '', stream: false }) }
  body.messages = [message]
  const [before, after] = JSON.stringify(body).split(marker) as [string, string]
  return Buffer.concat([Buffer.from(before), Buffer.alloc(BODY_BYTES, 'x'), Buffer.from(after)])
}

describe('a 30 MB invalid field value', () => {
  it.each(INBOUND)('%s: 400 naming the field, short body, short log lines', async (dialect) => {
    const client = INBOUND_CLIENTS[dialect]
    const model = modelFor('openai')
    const answer = await call(suite.gw.url, client, {
      model,
      body: hugeBody(dialect, model, 'role'),
      timeoutMs: 20_000,
    })
    const error = expectErrorAnswer(client, answer, 'invalid_request')
    expect(error.param).toBe('messages[0].role')
    expect(answer.text.length).toBeLessThan(8192)
    expectLogsBounded(suite.gw.logs)
    expect(suite.upstream.requests).toHaveLength(0)
    await expectHealthy(suite.gw.url)
  })
})

describe('8 concurrent 30 MB bodies with the default limits', () => {
  it('each is served or turned away with 503 + Retry-After in its dialect; RSS bounded', async () => {
    const calls: Array<readonly [Dialect, Dialect]> = ROTATION.flatMap((pair) => [pair, pair])
    const bodies = new Map(
      ROTATION.map(([inbound, to]) => [inbound, hugeBody(inbound, modelFor(to), 'content')]),
    )
    // node:http writes each Buffer as it is (fetch would copy every body first).
    const { result: answers, growth } = await withRssPeak(() =>
      Promise.all(
        calls.map(async ([inbound, to]) =>
          fromRaw(
            await rawRequest(suite.gw.url, {
              path: INBOUND_CLIENTS[inbound].path(modelFor(to)),
              headers: { 'content-type': 'application/json' },
              body: bodies.get(inbound),
              timeoutMs: 30_000,
            }),
          ),
        ),
      ),
    )
    const served = answers.filter((answer) => answer.status === 200)
    expect(served.length).toBeGreaterThan(0)
    answers.forEach((answer, index) => {
      if (answer.status === 200) return
      const client = INBOUND_CLIENTS[calls[index]![0]]
      expectErrorAnswer(client, answer, 'overloaded')
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/)
    })
    const statuses = answers.map((answer) => answer.status).join(' ')
    expect(growth, `RSS grew ${Math.round(growth / MiB)} MiB; statuses ${statuses}`).toBeLessThan(
      600 * MiB,
    )
    await expectHealthy(suite.gw.url)
  }, 60_000)
})

describe('server.maxConcurrentRequests: 2', () => {
  it.each(INBOUND)(
    'a third concurrent request from %s → 503 + Retry-After in its dialect, the two held are served',
    async (dialect) => {
      let release!: () => void
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      const held: FaultHandler = async (request, res) => {
        await gate
        await answerText('ok')(request, res)
      }
      suite.upstream.reply(held)
      const openai = INBOUND_CLIENTS.openai
      let first: Promise<Answer> | undefined
      let second: Promise<Answer> | undefined
      try {
        first = call(suite.tight.url, openai, { model: modelFor('openai') })
        second = call(suite.tight.url, openai, { model: modelFor('openai') })
        expect(await waitFor(() => suite.upstream.requests.length === 2)).toBe(true)
        const client = INBOUND_CLIENTS[dialect]
        const third = await call(suite.tight.url, client, {
          model: modelFor('openai'),
          timeoutMs: 3000,
        })
        expectErrorAnswer(client, third, 'overloaded')
        // Regression: an Elasticsearch client got 400 (ES's relay of a provider 5xx), not 503.
        expect(third.status).toBe(503)
        expect(third.headers.get('retry-after')).toMatch(/^\d+$/)
        expect(suite.upstream.requests).toHaveLength(2)
      } finally {
        release()
      }
      expect((await first).status).toBe(200)
      expect((await second).status).toBe(200)
    },
  )
})
