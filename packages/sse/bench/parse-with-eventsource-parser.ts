import type { SseEvent } from '@chatwire/core'
import { createParser } from 'eventsource-parser'
import type { ParsedStream } from '../src/test-support/sse-parser-cases'
import { createLineBomStripper } from './strip-line-boms'

/** eventsource-parser@3 as a wrapper would use it: TextDecoder, the BOM pre-pass, our shapes. */
export function parseWithEventsourceParser(chunks: (Uint8Array | string)[]): ParsedStream {
  const parsed: ParsedStream = { events: [], comments: [], retries: [] }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const stripBoms = createLineBomStripper()
  const parser = createParser({
    onEvent: ({ event, data, id }) => {
      const out: SseEvent = event === undefined ? { data } : { event, data }
      if (id !== undefined) out.id = id
      parsed.events.push(out)
    },
    onComment: (comment) => parsed.comments.push(comment),
    onRetry: (ms) => parsed.retries.push(ms),
  })
  for (const chunk of chunks) {
    parser.feed(
      stripBoms(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })),
    )
  }
  return parsed
}
