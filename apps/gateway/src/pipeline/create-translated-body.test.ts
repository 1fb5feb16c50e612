import type { Codec } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../test-support/read-fixture'
import { createUpstreamAbort } from '../upstream/create-upstream-abort'
import { createTranslatedBody, type StreamOutcome } from './create-translated-body'

const EVENTS = readFixture('openai-text.sse')
  .split('\n\n')
  .filter(Boolean)
  .map((event) => `${event}\n\n`)

/** An upstream body that counts how often it was pulled: one event per pull. */
function countingUpstream(events: string[]) {
  const pending = [...events]
  const state = { pulls: 0, cancelled: false }
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++
        const next = pending.shift()
        if (next === undefined) controller.close()
        else controller.enqueue(new TextEncoder().encode(next))
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { body, state }
}

function translate(body: ReadableStream<Uint8Array>, to: Codec = openaiCodec) {
  const outcomes: StreamOutcome[] = []
  const abort = createUpstreamAbort(undefined, undefined)
  const stream = createTranslatedBody({
    body,
    abort,
    from: openaiCodec,
    to,
    encodeOptions: { includeUsage: true },
    onEnd: (outcome) => outcomes.push(outcome),
  })
  return { stream, outcomes, abort }
}

describe('createTranslatedBody', () => {
  it('reads the upstream only as fast as the client reads (backpressure)', async () => {
    const { body, state } = countingUpstream(EVENTS)
    const reader = translate(body).stream.getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toMatch(/^data: \{"id":"chatcmpl-123"/)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(state.pulls).toBeLessThanOrEqual(2)
    reader.releaseLock()
  })

  it('re-frames every event in the client dialect (Elastic: BOM + event: message)', async () => {
    const { body } = countingUpstream(EVENTS)
    const { stream, outcomes } = translate(body, elasticCodec)
    // Not Response.text(): it would strip the first BOM, which is part of the wire format here.
    const bytes = await new Response(stream).arrayBuffer()
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const events = text.split('\n\n').filter(Boolean)
    expect(events).toHaveLength(EVENTS.length)
    for (const event of events) expect(event.startsWith('\uFEFFevent: message\ndata: ')).toBe(true)
    expect(events.at(-1)).toBe('\uFEFFevent: message\ndata: [DONE]')
    expect(outcomes).toEqual([{ type: 'done' }])
  })

  it('cancelling the client side cancels the upstream and aborts the request', async () => {
    const { body, state } = countingUpstream(EVENTS)
    const { stream, outcomes, abort } = translate(body)
    const reader = stream.getReader()
    await reader.read()
    await reader.cancel('client went away')
    expect(state.cancelled).toBe(true)
    expect(abort.signal.aborted).toBe(true)
    expect(outcomes).toEqual([{ type: 'client-closed' }])
  })

  it('reports an upstream that goes idle past its timeout as an in-stream timeout error', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(EVENTS[0]!))
      },
    })
    const abort = createUpstreamAbort(undefined, 30)
    const outcomes: StreamOutcome[] = []
    const reader = stalled.getReader()
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const read = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) =>
            abort.signal.addEventListener('abort', () => reject(abort.signal.reason)),
          ),
        ])
        if (read.done) controller.close()
        else controller.enqueue(read.value)
      },
    })
    const stream = createTranslatedBody({
      body,
      abort,
      from: openaiCodec,
      to: openaiCodec,
      onEnd: (outcome) => outcomes.push(outcome),
    })
    const events = (await new Response(stream).text()).split('\n\n').filter(Boolean)
    expect(events).toHaveLength(2)
    expect(JSON.parse(events[1]!.slice(6)).error.message).toBe(
      'Upstream stopped sending before the end',
    )
    expect(outcomes).toMatchObject([{ type: 'error', error: { kind: 'timeout' } }])
  })
})
