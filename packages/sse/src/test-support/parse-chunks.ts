import { createSseParser } from '../create-sse-parser'
import type { ParsedStream } from './sse-parser-cases'

/** Everything `createSseParser` reports for one stream fed in these chunks, then ended. */
export function parseChunks(chunks: (Uint8Array | string)[]): ParsedStream {
  const parsed: ParsedStream = { events: [], comments: [], retries: [] }
  const parser = createSseParser({
    onEvent: (event) => parsed.events.push(event),
    onComment: (comment) => parsed.comments.push(comment),
    onRetry: (ms) => parsed.retries.push(ms),
  })
  for (const chunk of chunks) parser.feed(chunk)
  parser.end()
  return parsed
}
