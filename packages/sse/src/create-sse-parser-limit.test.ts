import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createSseParser } from './create-sse-parser'

const encoder = new TextEncoder()

function parseWithLimit(chunks: (string | Uint8Array)[], maxEventBytes: number) {
  const events: unknown[] = []
  const comments: string[] = []
  const parser = createSseParser({
    onEvent: (event) => events.push(event),
    onComment: (comment) => comments.push(comment),
    maxEventBytes,
  })
  let thrown: unknown
  try {
    for (const chunk of chunks) parser.feed(chunk)
    parser.end()
  } catch (error) {
    thrown = error
  }
  return { events, comments, thrown }
}

describe('createSseParser maxEventBytes', () => {
  it.each([
    ['one data line', 'data: 0123456789\n\n', 12],
    ['data joined from several lines', 'data: 01234\ndata: 56789\n\n', 10],
    ['a comment line', ': 0123456789abcdef\n\n', 12],
    ['an unknown field', 'x: 0123456789abcdef\n\n', 12],
    ['a line that never ends', `data: ${'x'.repeat(100)}`, 50],
  ])('throws sse_event_too_large for %s over the limit', (_name, input, limit) => {
    const { thrown } = parseWithLimit([input], limit)
    expect(ChatwireError.isInstance(thrown)).toBe(true)
    expect((thrown as ChatwireError).toJSON()).toEqual({
      kind: 'upstream',
      status: 502,
      code: 'sse_event_too_large',
      message: `An SSE event exceeded ${limit} bytes`,
    })
  })

  it('dispatches the events before the one that is too large, and reads them alike', () => {
    const input = 'data: ok\n\n: keep-alive\n\ndata: 0123456789abcdef\n\n'
    const whole = parseWithLimit([input], 12)
    expect(whole.events).toEqual([{ data: 'ok' }])
    expect(whole.comments).toEqual(['keep-alive'])
    for (let at = 0; at <= input.length; at++) {
      const split = parseWithLimit([input.slice(0, at), input.slice(at)], 12)
      expect(split.events, `split at ${at}`).toEqual(whole.events)
      expect(ChatwireError.isInstance(split.thrown), `split at ${at}`).toBe(true)
    }
  })

  it('accepts an event exactly at the limit', () => {
    const { events, thrown } = parseWithLimit(['data: 0123456789\n\n'], 16)
    expect(thrown).toBeUndefined()
    expect(events).toEqual([{ data: '0123456789' }])
  })

  it('fails a 400 MB line fed in 64 KiB reads as soon as it passes the limit, without buffering it', () => {
    const read = encoder.encode('x'.repeat(65_536))
    const events: unknown[] = []
    const parser = createSseParser({
      onEvent: (event) => events.push(event),
      maxEventBytes: 1_000_000,
    })
    parser.feed('data: ')
    let reads = 0
    let thrown: unknown
    try {
      for (; reads < 6_400; reads++) parser.feed(read)
    } catch (error) {
      thrown = error
    }
    expect(ChatwireError.isInstance(thrown)).toBe(true)
    // 1,000,000 / 65,536: the 16th read crosses the limit; the other 6,384 are never read.
    expect(reads).toBe(15)
  })

  it('has no limit by default', () => {
    const events: unknown[] = []
    const parser = createSseParser({ onEvent: (event) => events.push(event) })
    parser.feed(`data: ${'x'.repeat(5_000_000)}\n\n`)
    expect(events).toHaveLength(1)
  })

  it('can read a new stream after the error and end()', () => {
    const events: unknown[] = []
    const parser = createSseParser({ onEvent: (event) => events.push(event), maxEventBytes: 8 })
    expect(() => parser.feed('data: 0123456789')).toThrow('An SSE event exceeded 8 bytes')
    parser.end()
    parser.feed('data: ok\n\n')
    expect(events).toEqual([{ data: 'ok' }])
  })
})
