import { type Emulator, startEmulator } from '@chatwire/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { decodeEvents, INBOUND_CLIENTS } from '../test-support/inbound-clients'
import { type ChildGateway, startChildGateway } from '../test-support/soak-child-gateway'
import { waitFor } from '../test-support/start-fault-upstream'
import type { Dialect } from '../test-support/vendor-dialects'

// A bounded soak: the gateway in a child process (its RSS and file descriptors its own) against
// the four emulators, all four inbound paths, streams and non-streams, injected upstream errors,
// mid-stream failures and clients that leave, at a steady concurrency. Every second the child's
// VmRSS and open fds are sampled; both must plateau, the fds must come back to where they
// started, and every request must end the way its injected fault says it should.
// SOAK_SECONDS (default 45, so that `npm test` stays under 10 minutes) makes it longer by hand.

const SECONDS = Number(process.env.SOAK_SECONDS ?? 45)
const CONCURRENCY = 16
const MiB = 1024 * 1024
const DIALECTS: Dialect[] = ['openai', 'octoai', 'friendli', 'elastic']
const BASE_PATH: Record<Dialect, string> = {
  openai: '/v1',
  octoai: '/v1',
  friendli: '/serverless/v1',
  elastic: '',
}

type Outcome = 'ok' | 'error' | 'stream-error' | 'aborted'

interface Plan {
  inbound: Dialect
  upstream: Dialect
  stream: boolean
  prompt: string
  expected: Outcome
  /** Leave after the first chunk of the answer. */
  abort?: boolean
}

/** The i-th request of the soak: a fixed, repeating mix (70% fine, 30% faults of four kinds). */
function plan(index: number): Plan {
  const inbound = DIALECTS[index % 4]!
  const upstream = DIALECTS[Math.floor(index / 4) % 4]!
  const stream = inbound === 'elastic' || Math.floor(index / 16) % 2 === 0
  const slot = index % 20
  const base = { inbound, upstream }
  if (slot === 3 || slot === 11)
    return { ...base, stream, prompt: '[[error:429]]', expected: 'error' }
  if (slot === 7) return { ...base, stream, prompt: '[[error:500]]', expected: 'error' }
  if (slot === 13 || slot === 17) {
    return {
      ...base,
      stream: true,
      prompt: '[[text:alpha beta gamma delta]] [[chunks:4]] [[midstream-error:2]]',
      expected: 'stream-error',
    }
  }
  if (slot === 19) {
    return {
      ...base,
      stream: true,
      // 2 s of stream: on a loaded machine the client's abort after the first chunk still
      // lands long before the upstream would finish (at 10 ms a chunk, one run saw it finish).
      prompt: '[[text:a long answer that the client leaves]] [[chunks:40]] [[delay:50]]',
      expected: 'aborted',
      abort: true,
    }
  }
  return {
    ...base,
    stream,
    prompt: `[[text:soak answer number ${index}]] [[chunks:${1 + (index % 6)}]]`,
    expected: 'ok',
  }
}

async function run(gatewayURL: string, request: Plan): Promise<Outcome> {
  const client = INBOUND_CLIENTS[request.inbound]
  const model = `via-${request.upstream}`
  const controller = new AbortController()
  const timeout = AbortSignal.timeout(20_000)
  const response = await fetch(`${gatewayURL}${client.path(model)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client.body({ model, prompt: request.prompt, stream: request.stream })),
    signal: AbortSignal.any([controller.signal, timeout]),
  })
  if (request.abort) {
    const reader = response.body!.getReader()
    await reader.read()
    controller.abort()
    await reader.closed.catch(() => {})
    return 'aborted'
  }
  const text = await response.text()
  if (!response.ok) {
    client.codec.decodeError(response.status, text, Object.fromEntries(response.headers))
    return 'error'
  }
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    const last = decodeEvents(client.codec, text).at(-1)
    return last?.type === 'done' ? 'ok' : 'stream-error'
  }
  client.codec.decodeResponse(JSON.parse(text))
  return 'ok'
}

interface Sample {
  second: number
  rss: number
  fds: number
  requests: number
}

let emulators: Emulator[] = []
let child: ChildGateway

beforeAll(async () => {
  emulators = await Promise.all(DIALECTS.map((dialect) => startEmulator({ dialect })))
  const config: GatewayConfig = {
    upstreams: Object.fromEntries(
      emulators.map((emulator) => [
        emulator.dialect,
        {
          dialect: emulator.dialect,
          baseURL: `${emulator.url}${BASE_PATH[emulator.dialect as Dialect]}`,
        },
      ]),
    ),
    routes: DIALECTS.map((dialect) => ({ match: `via-${dialect}`, upstream: dialect })),
  }
  child = await startChildGateway(config)
}, 60_000)

afterAll(async () => {
  await child?.close()
  await Promise.all(emulators.map((emulator) => emulator.close()))
})

const third = (samples: Sample[], part: 1 | 2, pick: (sample: Sample) => number) => {
  const size = Math.floor(samples.length / 3)
  return Math.max(...samples.slice(part * size, part === 2 ? undefined : 2 * size).map(pick))
}

describe(`soak: ${SECONDS} s at concurrency ${CONCURRENCY}, all four inbound paths`, () => {
  it(
    'RSS and fds plateau, fds return to baseline, every request ends as its fault says',
    async () => {
      // Warm up every pair once, then take the baselines.
      for (let index = 0; index < 40; index++) await run(child.url, plan(index))
      await new Promise((resolve) => setTimeout(resolve, 500))
      const start = { rss: child.rssBytes(), fds: child.openFds() }

      const samples: Sample[] = []
      const tally: Record<Outcome, number> = { ok: 0, error: 0, 'stream-error': 0, aborted: 0 }
      const mismatches: string[] = []
      let next = 0
      let done = 0
      const started = performance.now()
      const deadline = started + SECONDS * 1000
      const sampler = setInterval(() => {
        samples.push({
          second: Math.round((performance.now() - started) / 1000),
          rss: child.rssBytes(),
          fds: child.openFds(),
          requests: done,
        })
      }, 1000)
      const worker = async () => {
        while (performance.now() < deadline) {
          const index = next++
          const request = plan(index)
          const outcome = await run(child.url, request).catch((error: unknown) => {
            mismatches.push(`#${index} threw ${String(error)}`)
            return undefined
          })
          done++
          if (outcome === undefined) continue
          tally[outcome]++
          if (outcome !== request.expected && mismatches.length < 1000) {
            mismatches.push(
              `#${index} ${request.inbound}←${request.upstream} ${request.prompt}: ${outcome}, expected ${request.expected}`,
            )
          }
        }
      }
      try {
        await Promise.all(Array.from({ length: CONCURRENCY }, worker))
      } finally {
        clearInterval(sampler)
      }
      const seconds = (performance.now() - started) / 1000
      await waitFor(() => child.openFds() <= start.fds + 4, 10_000)
      const end = { rss: child.rssBytes(), fds: child.openFds() }

      const figures = {
        requests: done,
        seconds: Math.round(seconds),
        perSecond: Math.round(done / seconds),
        outcomes: tally,
        rssMiB: {
          start: mb(start.rss),
          end: mb(end.rss),
          max: mb(Math.max(...samples.map((s) => s.rss))),
        },
        fds: { start: start.fds, end: end.fds, max: Math.max(...samples.map((s) => s.fds)) },
        middleThird: {
          rssMiB: mb(third(samples, 1, (s) => s.rss)),
          fds: third(samples, 1, (s) => s.fds),
        },
        lastThird: {
          rssMiB: mb(third(samples, 2, (s) => s.rss)),
          fds: third(samples, 2, (s) => s.fds),
        },
      }
      console.log(`soak figures ${JSON.stringify(figures)}`)
      console.log(
        `soak samples ${JSON.stringify(samples.map((s) => [s.second, mb(s.rss), s.fds, s.requests]))}`,
      )

      expect(child.alive()).toBe(true)
      expect(mismatches.slice(0, 10)).toEqual([])
      expect(tally.error + tally['stream-error'] + tally.aborted).toBeGreaterThan(0)
      expect(samples.length).toBeGreaterThanOrEqual(Math.min(SECONDS, 6))
      expect(third(samples, 2, (s) => s.rss)).toBeLessThanOrEqual(
        third(samples, 1, (s) => s.rss) * 1.2 + 16 * MiB,
      )
      expect(third(samples, 2, (s) => s.fds)).toBeLessThanOrEqual(
        third(samples, 1, (s) => s.fds) * 1.2 + 8,
      )
      expect(end.fds).toBeLessThanOrEqual(start.fds + 4)
      // Every client that left had its upstream request aborted, not read to the end.
      const left = emulators
        .flatMap((emulator) => emulator.requests)
        .filter((request) => JSON.stringify(request.body).includes('the client leaves'))
      expect(left.length).toBeGreaterThanOrEqual(tally.aborted)
      expect(left.filter((request) => request.outcome === 'completed').length).toBe(0)
    },
    (SECONDS + 120) * 1000,
  )
})

function mb(bytes: number): number {
  return Math.round(bytes / MiB)
}
