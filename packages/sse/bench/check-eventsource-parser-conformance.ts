import { chunkings } from '../src/test-support/chunkings'
import { SSE_PARSER_CASES } from '../src/test-support/sse-parser-cases'
import { parseWithEventsourceParser } from './parse-with-eventsource-parser'

export interface ConformanceRow {
  name: string
  failedChunkings: number
  chunkings: number
  firstFailure?: string | undefined
}

/**
 * Runs our parser's test table through eventsource-parser (with the BOM pre-pass). It has no
 * per-event `retry`, so that key is left out of what it is expected to produce.
 */
export function checkEventsourceParserConformance(): ConformanceRow[] {
  const encoder = new TextEncoder()
  return SSE_PARSER_CASES.map(({ name, input, expected }) => {
    const want = JSON.stringify({
      events: expected.events.map(({ retry: _retry, ...event }) => event),
      comments: expected.comments ?? [],
      retries: expected.retries ?? [],
    })
    const all = chunkings(typeof input === 'string' ? encoder.encode(input) : input)
    const failed = all.filter(
      ({ chunks }) => JSON.stringify(parseWithEventsourceParser(chunks)) !== want,
    )
    return {
      name,
      failedChunkings: failed.length,
      chunkings: all.length,
      firstFailure: failed[0]?.label,
    }
  })
}
