import { createSseParser } from '@chatwire/sse'

export interface ParsedSseEvent {
  event?: string
  /** The `data:` text parsed as JSON, or the text itself when it is not JSON (`[DONE]`). */
  data: unknown
}

/** A whole `text/event-stream` body as the events a client reads, `data` JSON-parsed. */
export function parseSseEvents(text: string): ParsedSseEvent[] {
  const events: ParsedSseEvent[] = []
  const parser = createSseParser({
    onEvent: ({ event, data }) => {
      const parsed = data === '[DONE]' ? data : JSON.parse(data)
      events.push(event === undefined ? { data: parsed } : { event, data: parsed })
    },
  })
  parser.feed(text)
  parser.end()
  return events
}
