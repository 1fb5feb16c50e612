import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import {
  type Answer,
  call,
  expectErrorAnswer,
  expectHealthy,
  expectStreamError,
  expectUpstreamCut,
  type FaultGateway,
  faultConfig,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
} from '../test-support/fault-harness'
import {
  answerComments,
  answerNever,
  answerTrickle,
  type FaultHandler,
  type FaultUpstream,
  sseText,
  textParts,
} from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

// Row 9 of the fault matrix: every wait on an upstream ends. No head → 504 after firstByteMs;
// only `: keep-alive` comments → the idle timer fires (unless the route counts comments as
// progress, then totalMs does); a trickle of bytes that never completes an event does not keep
// an attempt alive; a refused connection is a quick 502. (A blackholed connect — SYNs dropped —
// cannot be staged on loopback, so connectMs itself is not exercised here.)

const FIRST_BYTE_MS = 200
const IDLE_MS = 200
const TOTAL_MS = 3000
const PATIENT_TOTAL_MS = 800
/** Timers may fire a little early on a loaded machine; lower bounds allow this much. */
const EARLY = 50

const timeouts = {
  connectMs: 5000,
  firstByteMs: FIRST_BYTE_MS,
  idleMs: IDLE_MS,
  totalMs: TOTAL_MS,
}

const suite = useFaultSuite({
  gw: { upstream: { timeouts } },
  patient: {
    upstream: { timeouts: { ...timeouts, totalMs: PATIENT_TOTAL_MS } },
    route: { commentsAreProgress: true },
  },
  legacy: { upstream: { timeoutMs: FIRST_BYTE_MS } },
  refused: closedPortConfig,
})

/** Every upstream points at a port that was just listening and is now closed. */
async function closedPortConfig(upstream: FaultUpstream): Promise<GatewayConfig> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  const config = faultConfig(upstream, { upstream: { timeouts: { connectMs: 5000 } } })
  for (const [name, entry] of Object.entries(config.upstreams)) {
    const url = new URL(entry.baseURL)
    url.port = String(port)
    config.upstreams[name] = { ...entry, baseURL: url.href }
  }
  return config
}

/** The first event of a stream in the upstream's dialect, so that the client's head is sent. */
const opening = (dialect: Parameters<typeof sseText>[0]) =>
  sseText(dialect, textParts('begun').slice(0, 2))

/**
 * A `inbound` client calls `from`'s model through `gateway` while the upstream answers with
 * `handler`, and the wait ends: the dialect's 504 (kind timeout), or with `inStream` the
 * dialect's in-stream error after the head; either way the upstream request is cut. The answer,
 * for its timing.
 */
async function expectWaitEnded(
  gateway: FaultGateway,
  handler: FaultHandler,
  [inbound, from]: readonly [Dialect, Dialect],
  { stream = false, inStream = false } = {},
): Promise<Answer> {
  suite.upstream.reply(handler)
  const client = INBOUND_CLIENTS[inbound]
  const answer = await call(gateway.url, client, { model: modelFor(from), stream })
  if (inStream) expectStreamError(answer)
  else expectErrorAnswer(client, answer, 'timeout')
  await expectUpstreamCut(suite.upstream)
  return answer
}

describe('an upstream that never sends a head', () => {
  it.each(
    ROTATION.flatMap(([inbound, from]) => [
      [inbound, from, false] as const,
      [inbound, from, true] as const,
    ]),
  )(
    '%s client ← %s upstream (stream %s): 504 after firstByteMs, upstream request closed',
    async (inbound, from, stream) => {
      const answer = await expectWaitEnded(suite.gw, answerNever(), [inbound, from], { stream })
      expect(answer.elapsedMs).toBeGreaterThanOrEqual(FIRST_BYTE_MS - EARLY)
      expect(answer.elapsedMs).toBeLessThan(TOTAL_MS)
      await expectHealthy(suite.gw.url)
    },
  )

  it('legacy timeoutMs alone bounds the wait for the head: 504', async () => {
    const answer = await expectWaitEnded(suite.legacy, answerNever(), ['openai', 'openai'])
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(FIRST_BYTE_MS - EARLY)
  })
})

describe('an upstream that sends only `: keep-alive` comments', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream, streaming: in-stream error after idleMs, long before totalMs',
    async (inbound, from) => {
      const answer = await expectWaitEnded(
        suite.gw,
        answerComments(40, opening(from)),
        [inbound, from],
        { stream: true, inStream: true },
      )
      expect(answer.elapsedMs).toBeGreaterThanOrEqual(IDLE_MS - EARLY)
      expect(answer.elapsedMs).toBeLessThan(TOTAL_MS)
      await expectHealthy(suite.gw.url)
    },
  )

  it.each(['openai', 'octoai', 'friendli'] as const)(
    '%s client ← elastic upstream, not streaming: 504 after idleMs',
    async (inbound) => {
      const answer = await expectWaitEnded(suite.gw, answerComments(40, opening('elastic')), [
        inbound,
        'elastic',
      ])
      expect(answer.elapsedMs).toBeLessThan(TOTAL_MS)
    },
  )

  it.each(ROTATION)(
    '%s client ← %s upstream, route commentsAreProgress: held until totalMs, then the in-stream error',
    async (inbound, from) => {
      const answer = await expectWaitEnded(
        suite.patient,
        answerComments(40, opening(from)),
        [inbound, from],
        { stream: true, inStream: true },
      )
      expect(answer.elapsedMs).toBeGreaterThanOrEqual(PATIENT_TOTAL_MS - EARLY)
    },
  )

  it('openai client ← elastic upstream, not streaming, commentsAreProgress: 504 at totalMs', async () => {
    const answer = await expectWaitEnded(suite.patient, answerComments(40, opening('elastic')), [
      'openai',
      'elastic',
    ])
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(PATIENT_TOTAL_MS - EARLY)
  })
})

describe('an Elastic upstream trickling one byte per 100 ms (never a whole event)', () => {
  it.each(['openai', 'octoai', 'friendli'] as const)(
    '%s client, not streaming: 504 — reads without an event do not restart the idle timer',
    async (inbound) => {
      const answer = await expectWaitEnded(suite.gw, answerTrickle(opening('elastic'), 100), [
        inbound,
        'elastic',
      ])
      expect(answer.elapsedMs).toBeLessThan(TOTAL_MS)
    },
  )
})

describe('an upstream port that refuses connections', () => {
  it.each(INBOUND)('%s client: 502 quickly (no waiting for connectMs)', async (inbound) => {
    const client = INBOUND_CLIENTS[inbound]
    const answer = await call(suite.refused.url, client, {
      model: modelFor('openai'),
      timeoutMs: 5000,
    })
    expectErrorAnswer(client, answer, 'upstream')
    expect(answer.elapsedMs).toBeLessThan(2000)
    await expectHealthy(suite.refused.url)
  })
})
