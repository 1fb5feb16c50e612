import type { SseEvent } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'

/** Test helper: every SSE event of a response body, parsed by the project's WHATWG parser. */
export async function readSseEvents(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = []
  const parser = createSseParser({ onEvent: (event) => events.push(event) })
  for await (const chunk of response.body ?? []) parser.feed(chunk)
  parser.end()
  return events
}

/** Test helper: POST a JSON body (or raw text) to the emulator. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(signal ? { signal } : {}),
  })
}
