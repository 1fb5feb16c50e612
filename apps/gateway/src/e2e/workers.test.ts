import { mkdtempSync, writeFileSync } from 'node:fs'
import { type IncomingMessage, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openaiCodec } from '@chatwire/openai'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { answerHeldStream } from '../test-support/answer-held-stream'
import { faultConfig, modelFor } from '../test-support/fault-harness'
import { decodeEvents } from '../test-support/inbound-clients'
import { openChatStream } from '../test-support/open-chat-stream'
import { type ChatwireProcess, spawnChatwire } from '../test-support/spawn-chatwire'
import {
  type FaultUpstream,
  startFaultUpstream,
  waitFor,
} from '../test-support/start-fault-upstream'

// Bounds for a loaded machine (a primary and two workers start through tsx).
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 })

let upstream: FaultUpstream
let chatwire: ChatwireProcess
let url: string

beforeAll(async () => {
  upstream = await startFaultUpstream()
  upstream.when('hold-me', answerHeldStream('Hello', ' never'))
  const file = join(mkdtempSync(join(tmpdir(), 'chatwire-workers-')), 'gateway.json')
  writeFileSync(file, JSON.stringify(faultConfig(upstream, { server: { drainTimeoutMs: 1000 } })))
  chatwire = spawnChatwire(['--config', file, '--port', '0', '--workers', '2'], {
    LOG_LEVEL: 'warn',
  })
  url = (await chatwire.waitForOutput(/listening on (\S+) \(2 workers\)/, 110_000))[1] as string
})

afterAll(async () => {
  if (chatwire?.child.exitCode === null) chatwire.child.kill('SIGKILL')
  await upstream?.close()
})

/** A request on a new connection: the primary hands each connection to the next worker. */
function get(path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const get = request(`${url}${path}`, { agent: false, timeout: 5000 }, resolve)
    get.once('timeout', () => get.destroy(new Error(`GET ${path}: no answer in 5 s`)))
    get.once('error', reject).end()
  })
}

/** The worker pids answering `/healthz` over `tries` connections. */
async function workerPids(tries: number): Promise<Set<number>> {
  const pids = new Set<number>()
  for (let attempt = 0; attempt < tries; attempt++) {
    const response = await get('/healthz')
    response.resume()
    pids.add(Number(response.headers['x-chatwire-worker']))
  }
  return pids
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('chatwire --workers 2', () => {
  let first: number[] = []

  it('serves one port from two worker processes', async () => {
    first = [...(await workerPids(10))]
    expect(first).toHaveLength(2)
    expect(first).not.toContain(chatwire.child.pid)
    expect(first.every(alive)).toBe(true)
    // LOG_LEVEL=warn reached the primary and both workers: no info line (worker.listening…).
    expect(chatwire.stderr()).not.toContain('"level":"info"')
  })

  it('replaces a killed worker', async () => {
    const [killed, kept] = first as [number, number]
    process.kill(killed, 'SIGKILL')
    let now = new Set<number>()
    // A new worker starts through tsx: seconds on a busy machine.
    const deadline = performance.now() + 75_000
    let replaced = false
    while (!replaced && performance.now() < deadline) {
      now = await workerPids(4).catch(() => new Set<number>())
      replaced = now.size === 2 && !now.has(killed)
      if (!replaced) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(replaced, `pids now: ${[...now]}`).toBe(true)
    expect(now.has(kept)).toBe(true)
    expect(alive(killed)).toBe(false)
    first = [...now]
  })

  it('drains every worker on SIGTERM: a held stream ends with its error event, exit 0', async () => {
    const stream = await openChatStream(url, modelFor('openai'), 'hold-me')
    expect(await waitFor(() => stream.text().includes('Hello'), 20_000)).toBe(true)
    chatwire.child.kill('SIGTERM')
    await stream.ended
    const parts = decodeEvents(openaiCodec, stream.text())
    expect(parts.at(-1)).toMatchObject({
      type: 'error',
      error: { message: expect.stringMatching(/shutting down/) },
    })
    expect(await chatwire.exited()).toBe(0)
    expect(first.filter(alive)).toEqual([])
  })
})
