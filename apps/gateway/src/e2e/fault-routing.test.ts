import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import {
  call,
  expectErrorAnswer,
  expectHealthy,
  expectLogsBounded,
  INBOUND_CLIENTS,
} from '../test-support/fault-harness'
import { type ChildGateway, startChildGateway } from '../test-support/soak-child-gateway'
import { useFaultSuite } from '../test-support/use-fault-suite'

// Row 1 of the fault matrix: hostile model names. The gateway runs in a child process here: a
// backtracking glob would block its event loop, and a blocked loop in this process could not
// even time the test out.

/** Every answer, and /healthz beside it, comes within this (a bound, not a benchmark). */
const PROMPT_MS = 3000

const suite = useFaultSuite({})
let child: ChildGateway
let config: GatewayConfig

beforeAll(async () => {
  config = {
    upstreams: { a: { dialect: 'openai', baseURL: suite.upstream.baseURL('openai') } },
    routes: [
      { match: 'meta-*-*-*-instruct', upstream: 'a' },
      { match: 'a*a*a*a*a*a*a*a*a*a*b', upstream: 'a' },
      { match: '*-*-*-*-*-*-*-*-*-*-*-*-z', upstream: 'a' },
    ],
  }
  child = await startChildGateway(config)
}, 40_000)

afterEach(async () => {
  // A row that hung the child must not fail the rows after it.
  const healthy = await fetch(`${child.url}/healthz`, { signal: AbortSignal.timeout(1000) })
    .then((response) => response.ok)
    .catch(() => false)
  if (!healthy) {
    await child.close()
    child = await startChildGateway(config)
  }
}, 40_000)

afterAll(async () => {
  await child?.close()
})

/** The call, and /healthz sent at the same moment: both must answer within PROMPT_MS. */
async function callBesideHealthz(run: () => ReturnType<typeof call>) {
  const [answer] = await Promise.all([run(), expectHealthy(child.url)])
  return answer
}

const twelveKB = `meta-${'-x'.repeat(6000)}`

describe('model names past maxModelLength (256)', () => {
  it.each(['openai', 'octoai', 'friendli'] as const)(
    '%s: a 12 KB model against a multi-* glob is a fast 400 (param model), /healthz meanwhile',
    async (dialect) => {
      const client = INBOUND_CLIENTS[dialect]
      const answer = await callBesideHealthz(() =>
        call(child.url, client, { model: twelveKB, timeoutMs: PROMPT_MS }),
      )
      const error = expectErrorAnswer(client, answer, 'invalid_request')
      expect(error.param).toBe('model')
      expect(answer.text.length).toBeLessThan(4096)
      expect(suite.upstream.requests).toHaveLength(0)
      expectLogsBounded(child.logs)
    },
  )

  it('elastic: an 8 KB inference id in the URL is a fast 400 in Elastic’s shape', async () => {
    const client = INBOUND_CLIENTS.elastic
    const answer = await callBesideHealthz(() =>
      call(child.url, client, { model: `meta-${'x-'.repeat(4000)}`, timeoutMs: PROMPT_MS }),
    )
    expectErrorAnswer(client, answer, 'invalid_request')
    expect(answer.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect(answer.text.length).toBeLessThan(4096)
    expect(suite.upstream.requests).toHaveLength(0)
    expectLogsBounded(child.logs)
  })
})

describe('255-character names with many near-matches (linear-time glob matching)', () => {
  const nearMatches = [
    ['meta-*-*-*-instruct', `meta-${'-'.repeat(243)}instruc`],
    ['a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(255)],
    ['*-*-*-*-*-*-*-*-*-*-*-*-z', '-'.repeat(255)],
  ] as const
  it.each(
    nearMatches.flatMap(([glob, name]) =>
      (['openai', 'elastic'] as const).map((dialect) => [dialect, glob, name] as const),
    ),
  )('%s: against %s answers 404 promptly', async (dialect, _glob, name) => {
    expect(name.length).toBeLessThanOrEqual(256)
    const client = INBOUND_CLIENTS[dialect]
    const answer = await callBesideHealthz(() =>
      call(child.url, client, { model: name, timeoutMs: PROMPT_MS }),
    )
    expectErrorAnswer(client, answer, 'not_found')
    expect(suite.upstream.requests).toHaveLength(0)
  })

  it('a name that does match a multi-* glob still reaches its upstream', async () => {
    const client = INBOUND_CLIENTS.openai
    const answer = await call(child.url, client, {
      model: `meta-llama-3-70b-instruct`,
      timeoutMs: PROMPT_MS,
    })
    expect(answer.status).toBe(200)
    expect(suite.upstream.requests).toHaveLength(1)
  })
})
