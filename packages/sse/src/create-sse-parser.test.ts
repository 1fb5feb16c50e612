import { describe, expect, it } from 'vitest'
import { createSseParser } from './create-sse-parser'
import { chunkings } from './test-support/chunkings'
import { parseChunks } from './test-support/parse-chunks'
import { SSE_PARSER_CASES } from './test-support/sse-parser-cases'

const encoder = new TextEncoder()

describe.each(SSE_PARSER_CASES)('createSseParser: $name', ({ input, expected }) => {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input
  const want = { comments: [], retries: [], ...expected }

  it('reads the bytes whole, one at a time and split at every index alike', () => {
    for (const { label, chunks } of chunkings(bytes)) {
      expect(parseChunks(chunks), label).toEqual(want)
    }
  })
})

const TEXT_CASES = SSE_PARSER_CASES.filter((entry) => typeof entry.input === 'string')

describe.each(TEXT_CASES)('createSseParser, fed text: $name', ({ input, expected }) => {
  it('reads text whole, one UTF-16 unit at a time and split at every index alike', () => {
    const want = { comments: [], retries: [], ...expected }
    for (const { label, chunks } of chunkings(input as string)) {
      expect(parseChunks(chunks), label).toEqual(want)
    }
  })
})

describe('createSseParser', () => {
  it('dispatches an event as soon as its blank line arrives', () => {
    const events: unknown[] = []
    const parser = createSseParser({ onEvent: (event) => events.push(event) })
    parser.feed('data: a\n')
    expect(events).toEqual([])
    parser.feed('\r')
    expect(events).toEqual([{ data: 'a' }])
  })

  it('leaves out event, id and retry keys that were not set', () => {
    const [event] = parseChunks(['data: a\n\n']).events
    expect(Object.keys(event!)).toEqual(['data'])
  })

  it('reads a new stream after end(), dropping the cut event and undecoded bytes', () => {
    const events: unknown[] = []
    const parser = createSseParser({ onEvent: (event) => events.push(event) })
    parser.feed(encoder.encode('event: x\ndata: cut '))
    parser.feed(new Uint8Array([0xf0, 0x9f]))
    parser.end()
    parser.feed(encoder.encode('data: fresh\n\n'))
    expect(events).toEqual([{ data: 'fresh' }])
  })

  it('ignores empty chunks, even between CR and LF', () => {
    expect(parseChunks(['', 'data: a\r', '', new Uint8Array(0), '\ndata: b\n\n'])).toEqual({
      events: [{ data: 'a\nb' }],
      comments: [],
      retries: [],
    })
  })

  it('works without the optional handlers', () => {
    const events: unknown[] = []
    const parser = createSseParser({ onEvent: (event) => events.push(event) })
    parser.feed(': comment\nretry: 5\ndata: a\n\n')
    expect(events).toEqual([{ data: 'a', retry: 5 }])
  })
})
