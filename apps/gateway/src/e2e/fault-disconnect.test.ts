import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  countResources,
  expectHealthy,
  expectNothingLeft,
  expectUpstreamCut,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
  type OpenedRawRequest,
  openRawRequest,
  ROTATION,
} from '../test-support/fault-harness'
import {
  answerError,
  answerEvery,
  answerNever,
  sseText,
  textParts,
  waitFor,
} from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'
import type { Dialect } from '../test-support/vendor-dialects'

// Row 12 of the fault matrix: a client that leaves at any stage — while sending its body, while
// the gateway waits for the upstream's head, in the middle of the stream, during a retry's
// back-off — ends the upstream request at once and leaves no timer, socket or server behind.

/** Longer than the settle poll (2 s) and shorter than MAX_RETRY_WAIT_MS: a kept timer shows. */
const BACK_OFF_SECONDS = 4

const suite = useFaultSuite({
  gw: { upstream: { retries: 1 } },
})

beforeAll(async () => {
  // Warm every path once (on connections that close: no keep-alive socket of this test's own
  // may expire in the middle of a row), so that lazily created process-wide resources exist
  // before the baselines. One aborted call too: the gateway's upstream pool replaces a connection
  // cut by an abort with a fresh idle one, and that one spare must be in the baseline.
  for (const [inbound, to] of ROTATION) {
    const { response } = openRawRequest(suite.gw.url, chatRequest(inbound, to, true))
    const res = await response
    res?.resume()
    if (res) await once(res, 'end')
  }
  suite.upstream.reply(answerNever())
  const { req } = openRawRequest(suite.gw.url, chatRequest('openai', 'openai', true))
  await waitFor(() => suite.upstream.requests.length === ROTATION.length + 1)
  req.destroy()
  await waitFor(() => suite.upstream.requests.at(-1)?.closed === true)
})

function chatRequest(inbound: Dialect, to: Dialect, stream: boolean) {
  const client = INBOUND_CLIENTS[inbound]
  const model = modelFor(to)
  return {
    path: client.path(model),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client.body({ model, prompt: 'Hello', stream })),
  }
}

/**
 * Opens `request` on its own connection, waits until `reached` says the exchange is at the stage
 * under test, leaves like a client that went away, and checks that nothing is left behind.
 */
async function leaveAt(
  request: Parameters<typeof openRawRequest>[1],
  reached: (opened: OpenedRawRequest) => Promise<void>,
): Promise<void> {
  const baseline = countResources(suite.upstream)
  const opened = openRawRequest(suite.gw.url, request)
  await reached(opened)
  opened.req.destroy()
  await expectNothingLeft(baseline, suite.upstream)
}

describe('a client leaving mid-request-body', () => {
  it.each(INBOUND)('%s: no upstream request, nothing left behind', async (inbound) => {
    const request = chatRequest(inbound, 'openai', false)
    const padded = request.body.replace('Hello', `Hello${' '.repeat(1024 * 1024)}`)
    await leaveAt({ ...request, body: padded, sendBytes: 64 * 1024 }, async ({ req }) => {
      // The head and the first 64 KB are on the wire: give the gateway a moment to be reading.
      await new Promise<void>((resolve) => req.write('', () => resolve()))
      await sleep(50)
    })
    expect(suite.upstream.requests).toHaveLength(0)
    await expectHealthy(suite.gw.url)
  })
})

describe('a client leaving while the gateway waits for the upstream head', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: upstream request closed, nothing left',
    async (inbound, to) => {
      suite.upstream.reply(answerNever())
      await leaveAt(chatRequest(inbound, to, true), async () => {
        expect(await waitFor(() => suite.upstream.requests.length === 1)).toBe(true)
      })
      await expectUpstreamCut(suite.upstream)
    },
  )
})

describe('a client leaving mid-stream', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream: upstream request closed, nothing left',
    async (inbound, to) => {
      const chunk = (index: number) =>
        sseText(to, [
          {
            type: 'chunk',
            id: 'chatcmpl-fault',
            choices: [{ index: 0, delta: { content: ` word${index}` } }],
          },
        ])
      suite.upstream.reply(answerEvery(20, chunk, sseText(to, textParts('').slice(0, 1))))
      await leaveAt(chatRequest(inbound, to, true), async ({ response }) => {
        const res = await response
        expect(res?.statusCode).toBe(200)
        await once(res!, 'data')
      })
      await expectUpstreamCut(suite.upstream)
    },
  )
})

describe('a client leaving during a retry back-off', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream 503 Retry-After 4: no second attempt, no timer left',
    async (inbound, to) => {
      suite.upstream.reply(
        answerError(
          { kind: 'overloaded', message: 'busy' },
          { 'retry-after': String(BACK_OFF_SECONDS) },
        ),
      )
      await leaveAt(chatRequest(inbound, to, false), async () => {
        expect(await waitFor(() => suite.upstream.requests[0]?.closed === true)).toBe(true)
        expect(suite.upstream.requests[0]?.aborted).toBe(false)
      })
      expect(suite.upstream.requests).toHaveLength(1)
    },
  )
})
