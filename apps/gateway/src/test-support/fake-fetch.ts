import type { FetchFunction } from '../upstream/upstream-client'

export interface RecordedCall {
  url: string
  headers: Record<string, string>
  body: unknown
  signal: AbortSignal
}

export type Reply = (call: RecordedCall) => Response | Promise<Response>

/**
 * An upstream `fetch` for `app.request()` tests: records each call and answers with the next
 * reply (the last one repeats). Replies are real vendor payloads from `__fixtures__`.
 */
export function createFakeFetch(...replies: Reply[]): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = []
  const fetch = async (url: string, init: RequestInit) => {
    const call: RecordedCall = {
      url,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(String(init.body)),
      signal: init.signal as AbortSignal,
    }
    calls.push(call)
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]
    if (!reply) throw new Error('no reply scripted')
    return reply(call)
  }
  return Object.assign(fetch, { calls })
}

/** A streamed reply: each string is one network chunk. */
export function sseReply(...chunks: string[]): Reply {
  return () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
          controller.close()
        },
      }),
      { status: 200, headers: { 'content-type': 'text/event-stream' } },
    )
}

export function jsonReply(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Reply {
  return () =>
    new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } })
}

/** A reply whose body sends `chunks`, then breaks like a cut connection. */
export function brokenSseReply(...chunks: string[]): Reply {
  return () => {
    const pending = [...chunks]
    return new Response(
      new ReadableStream({
        pull(controller) {
          const chunk = pending.shift()
          if (chunk === undefined) controller.error(new TypeError('terminated'))
          else controller.enqueue(new TextEncoder().encode(chunk))
        },
      }),
      { status: 200, headers: { 'content-type': 'text/event-stream' } },
    )
  }
}
