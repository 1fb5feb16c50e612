import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  countResources,
  expectHealthy,
  expectNothingLeft,
  type FaultGateway,
  faultConfig,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
  openRawRequest,
  ROTATION,
  startFaultGateway,
} from '../test-support/fault-harness'
import {
  answerError,
  answerEvery,
  answerNever,
  type FaultUpstream,
  sseText,
  startFaultUpstream,
  textParts,
  waitFor,
} from '../test-support/start-fault-upstream'
import type { Dialect } from '../test-support/vendor-dialects'

// A bound for a loaded machine (npm test runs every suite at once); rows take well under it.
vi.setConfig({ testTimeout: 20_000 })

// Row 12 of the fault matrix: a client that leaves at any stage — while sending its body, while
// the gateway waits for the upstream's head, in the middle of the stream, during a retry's
// back-off — ends the upstream request at once and leaves no timer, socket or server behind.

/** Longer than the settle poll (2 s) and shorter than MAX_RETRY_WAIT_MS: a kept timer shows. */
const BACK_OFF_SECONDS = 4

let upstream: FaultUpstream
let gw: FaultGateway

beforeAll(async () => {
  upstream = await startFaultUpstream()
  gw = await startFaultGateway(faultConfig(upstream, { upstream: { retries: 1 } }))
  // Warm every path once (on connections that close: no keep-alive socket of this test's own
  // may expire in the middle of a row), so that lazily created process-wide resources exist
  // before the baselines. One aborted call too: the gateway's upstream pool replaces a connection
  // cut by an abort with a fresh idle one, and that one spare must be in the baseline.
  for (const [inbound, to] of ROTATION) {
    const { response } = openRawRequest(gw.url, chatRequest(inbound, to, true))
    const res = await response
    res?.resume()
    if (res) await once(res, 'end')
  }
  upstream.reply(answerNever())
  const { req } = openRawRequest(gw.url, chatRequest('openai', 'openai', true))
  await waitFor(() => upstream.requests.length === ROTATION.length + 1)
  req.destroy()
  await waitFor(() => upstream.requests.at(-1)?.closed === true)
})

afterAll(async () => {
  await gw?.close()
  await upstream?.close()
})

beforeEach(() => upstream.reset())

function chatRequest(inbound: Dialect, to: Dialect, stream: boolean) {
  const client = INBOUND_CLIENTS[inbound]
  const model = modelFor(to)
  return {
    path: client.path(model),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client.body({ model, prompt: 'Hello', stream })),
  }
}

async function expectUpstreamCut(): Promise<void> {
  const request = upstream.requests[0]
  expect(request, 'the upstream was never called').toBeDefined()
  expect(await waitFor(() => request?.closed === true)).toBe(true)
  expect(request?.aborted).toBe(true)
}

describe('a client leaving mid-request-body', () => {
  it.each(INBOUND)('%s: no upstream request, nothing left behind', async (inbound) => {
    const baseline = countResources(upstream)
    const request = chatRequest(inbound, 'openai', false)
    const padded = request.body.replace('Hello', `Hello${' '.repeat(1024 * 1024)}`)
    const { req } = openRawRequest(gw.url, { ...request, body: padded, sendBytes: 64 * 1024 })
    // The head and the first 64 KB are on the wire: give the gateway a moment to be reading.
    await new Promise<void>((resolve) => req.write('', () => resolve()))
    await sleep(50)
    req.destroy()
    await expectNothingLeft(baseline, upstream)
    expect(upstream.requests).toHaveLength(0)
    await expectHealthy(gw.url)
  })
})

describe('a client leaving while the gateway waits for the upstream head', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: upstream request closed, nothing left',
    async (inbound, to) => {
      const baseline = countResources(upstream)
      upstream.reply(answerNever())
      const { req } = openRawRequest(gw.url, chatRequest(inbound, to, true))
      expect(await waitFor(() => upstream.requests.length === 1)).toBe(true)
      req.destroy()
      await expectUpstreamCut()
      await expectNothingLeft(baseline, upstream)
    },
  )
})

describe('a client leaving mid-stream', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: upstream request closed, nothing left',
    async (inbound, to) => {
      const baseline = countResources(upstream)
      const chunk = (index: number) =>
        sseText(to, [
          {
            type: 'chunk',
            id: 'chatcmpl-fault',
            choices: [{ index: 0, delta: { content: ` word${index}` } }],
          },
        ])
      upstream.reply(answerEvery(20, chunk, sseText(to, textParts('').slice(0, 1))))
      const { req, response } = openRawRequest(gw.url, chatRequest(inbound, to, true))
      const res = await response
      expect(res?.statusCode).toBe(200)
      await once(res!, 'data')
      req.destroy()
      await expectUpstreamCut()
      await expectNothingLeft(baseline, upstream)
    },
  )
})

describe('a client leaving during a retry back-off', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream 503 Retry-After 4: no second attempt, no timer left',
    async (inbound, to) => {
      const baseline = countResources(upstream)
      upstream.reply(
        answerError(
          { kind: 'overloaded', message: 'busy' },
          { 'retry-after': String(BACK_OFF_SECONDS) },
        ),
      )
      const { req } = openRawRequest(gw.url, chatRequest(inbound, to, false))
      expect(await waitFor(() => upstream.requests[0]?.closed === true)).toBe(true)
      expect(upstream.requests[0]?.aborted).toBe(false)
      req.destroy()
      await expectNothingLeft(baseline, upstream)
      expect(upstream.requests).toHaveLength(1)
    },
  )
})
