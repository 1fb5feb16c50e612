import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { elasticCodec } from '@chatwire/elastic'
import { openaiCodec } from '@chatwire/openai'
import { Client } from '@elastic/elasticsearch'
import OpenAI from 'openai'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { answerHeldStream } from '../test-support/answer-held-stream'
import { faultConfig, modelFor } from '../test-support/fault-harness'
import { decodeEvents } from '../test-support/inbound-clients'
import { openChatStream } from '../test-support/open-chat-stream'
import { spawnChatwire } from '../test-support/spawn-chatwire'
import {
  type FaultUpstream,
  startFaultUpstream,
  waitFor,
} from '../test-support/start-fault-upstream'

// A bound for a loaded machine; the drain itself waits DEADLINE_MS.
vi.setConfig({ testTimeout: 30_000 })

// Long enough for a released stream to finish on a loaded machine; the held ones wait it out.
const DEADLINE_MS = 5000
const MODEL = modelFor('openai')

let upstream: FaultUpstream | undefined
let gateway: RunningGateway | undefined
const cleanups: Array<() => unknown> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await gateway?.close()
  await upstream?.close()
  gateway = undefined
  upstream = undefined
})

/**
 * The upstream for every row: `finish-me` streams 'Hello', then ' world' and its end once the
 * returned function is called; `hold-me` streams 'Hello' and then holds until cut.
 */
async function startHeldUpstream(): Promise<{ faults: FaultUpstream; release: () => void }> {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  upstream = await startFaultUpstream()
  upstream.when('finish-me', answerHeldStream('Hello', ' world', released))
  upstream.when('hold-me', answerHeldStream('Hello', ' never'))
  return { faults: upstream, release }
}

/** A raw request on `agent`: resolves with the answer's head once it arrived. */
function send(
  url: string,
  agent: Agent,
  method: string,
  path: string,
  body?: object,
): Promise<{ response: IncomingMessage; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, {
      method,
      agent,
      headers: body ? { 'content-type': 'application/json' } : {},
    })
    request.once('response', (response) => resolve({ response, reused: request.reusedSocket }))
    request.once('error', reject)
    request.end(body ? JSON.stringify(body) : undefined)
  })
}

async function readText(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = ''
  for await (const chunk of stream) text += chunk.toString()
  return text
}

// Both servers: the `gateway (fetch adapter)` project runs this file again through the Hono app.
describe('drain', () => {
  it('finishes streams that end in time, ends the others with their dialect error, readiness 503', async () => {
    const { faults, release } = await startHeldUpstream()
    gateway = await startGateway({
      config: faultConfig(faults, { server: { drainTimeoutMs: DEADLINE_MS } }),
      host: '127.0.0.1',
      port: 0,
      logger: silentLogger,
    })
    const { url } = gateway
    const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: 'unused', maxRetries: 0 })
    const elastic = new Client({ node: url, auth: { apiKey: 'unused' }, maxRetries: 0 })
    cleanups.push(() => elastic.close())

    // Streams in flight, each past its first chunk.
    const finishing = await openai.chat.completions.create({
      model: MODEL,
      messages: [{ role: 'user', content: 'finish-me' }],
      stream: true,
    })
    const finishingChunks = finishing[Symbol.asyncIterator]()
    let text = ''
    const read = (next: IteratorResult<OpenAI.ChatCompletionChunk>) => {
      if (!next.done) text += next.value.choices[0]?.delta.content ?? ''
      return !next.done
    }
    while (text === '' && read(await finishingChunks.next())) {}
    const held = await openai.chat.completions.create({
      model: MODEL,
      messages: [{ role: 'user', content: 'hold-me' }],
      stream: true,
    })
    const heldChunks = held[Symbol.asyncIterator]()
    await heldChunks.next()
    const elasticHeld = await elastic.inference.chatCompletionUnified(
      {
        inference_id: MODEL,
        chat_completion_request: { messages: [{ role: 'user', content: 'hold-me' }] },
      },
      { asStream: true },
    )
    const elasticText = readText(elasticHeld as unknown as AsyncIterable<Buffer>)
    // A kept-alive connection busy with a stream, and one idle.
    const busyAgent = new Agent({ keepAlive: true, maxSockets: 1 })
    const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 })
    cleanups.push(
      () => busyAgent.destroy(),
      () => idleAgent.destroy(),
    )
    const raw = await send(url, busyAgent, 'POST', '/v1/chat/completions', {
      model: MODEL,
      messages: [{ role: 'user', content: 'finish-me' }],
      stream: true,
    })
    const rawText = readText(raw.response)
    const idle = await send(url, idleAgent, 'GET', '/readyz')
    expect(idle.response.statusCode).toBe(200)
    const idleSocket = idle.response.socket as Socket
    await readText(idle.response)
    const idleClosed = once(idleSocket, 'close')
    await waitFor(() => faults.requests.length === 4, 5000)

    const drained = gateway.drain()
    // No new connection; the idle kept-alive one is closed at once.
    await expect(fetch(`${url}/readyz`)).rejects.toThrow()
    await idleClosed

    release()
    while (read(await finishingChunks.next())) {}
    expect(text).toBe('Hello world')
    const rawEvents = decodeEvents(openaiCodec, await rawText)
    expect(rawEvents.at(-1)).toEqual({ type: 'done' })

    // The busy connection's next request: still answered, 503 while draining, then closed.
    const ready = await send(url, busyAgent, 'GET', '/readyz')
    expect(ready.reused).toBe(true)
    expect(ready.response.statusCode).toBe(503)
    expect(ready.response.headers.connection).toBe('close')
    expect(JSON.parse(await readText(ready.response))).toEqual({ status: 'draining' })

    // Past the deadline: each held stream gets its dialect's in-stream error, then its end.
    const heldError = (async () => {
      for (let next = await heldChunks.next(); !next.done; next = await heldChunks.next()) {}
    })()
    await expect(heldError).rejects.toBeInstanceOf(OpenAI.APIError)
    await expect(heldError).rejects.toThrow(/shutting down/)
    const elasticParts = decodeEvents(elasticCodec, await elasticText)
    expect(elasticParts.at(-1)).toMatchObject({
      type: 'error',
      error: { message: expect.stringMatching(/shutting down/) },
    })
    expect(await drained).toEqual({ interrupted: 2 })
    // Every upstream request ended with its stream (through undici's fetch: a moment later).
    expect(await waitFor(() => faults.requests.every((request) => request.closed), 5000)).toBe(true)
  })
})

// Regression (#15): SIGTERM closed every connection at once; a stream in flight got 5 of ~22
// events, no error, no [DONE].
describe('chatwire on SIGTERM never cuts a stream silently', () => {
  it('finishes a stream that ends in time, ends a held one with its error event, exits 0', {
    timeout: 90_000,
  }, async () => {
    const { faults, release } = await startHeldUpstream()
    const file = join(mkdtempSync(join(tmpdir(), 'chatwire-drain-')), 'gateway.json')
    const config = faultConfig(faults, { server: { drainTimeoutMs: DEADLINE_MS } })
    writeFileSync(file, JSON.stringify(config))
    const chatwire = spawnChatwire(['--config', file, '--port', '0'])
    cleanups.push(() => chatwire.child.kill('SIGKILL'))
    const [, url] = await chatwire.waitForOutput(/listening on (\S+)/, 80_000)
    const finishing = await openChatStream(url as string, MODEL, 'finish-me')
    const held = await openChatStream(url as string, MODEL, 'hold-me')
    expect(await waitFor(() => finishing.text().includes('Hello'), 10_000)).toBe(true)
    expect(await waitFor(() => held.text().includes('Hello'), 10_000)).toBe(true)

    chatwire.child.kill('SIGTERM')
    await chatwire.waitForOutput(/"drain\.started"/, 10_000, 'stderr')
    release()
    await finishing.ended
    const whole = decodeEvents(openaiCodec, finishing.text())
    expect(whole.at(-1)).toEqual({ type: 'done' })
    expect(finishing.text()).toContain('" world"')
    await held.ended
    expect(decodeEvents(openaiCodec, held.text()).at(-1)).toMatchObject({
      type: 'error',
      error: { message: expect.stringMatching(/shutting down/) },
    })
    expect(await chatwire.exited()).toBe(0)
    expect(chatwire.stderr()).toMatch(/"drain\.finished".*"interrupted":1/)
  })
})
