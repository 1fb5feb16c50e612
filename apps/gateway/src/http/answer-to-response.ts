import type { Lifecycle } from './create-lifecycle'
import type { AnswerStream, GatewayAnswer } from './gateway-call'

/** A {@link GatewayAnswer} as a Web `Response` (the portable path). */
export function answerToResponse(
  answer: GatewayAnswer,
  extraHeaders?: Record<string, string>,
): Response {
  const headers = extraHeaders ? { ...answer.headers, ...extraHeaders } : answer.headers
  if ('body' in answer) {
    return new Response(answer.status === 499 ? null : answer.body, {
      status: answer.status,
      headers,
    })
  }
  return new Response(toReadable(answer.stream), { status: answer.status, headers })
}

interface StreamBody {
  stream: AnswerStream
  ended: boolean
  release?: () => void
}

/** The answer stream behind each streamed body, until the app's middleware tracks it. */
const streamBodies = new WeakMap<ReadableStream, StreamBody>()

/**
 * Registers the answer stream behind a response body made by {@link answerToResponse} with
 * `lifecycle`, so a drain can interrupt it; released when the body ends. Other bodies: no-op.
 */
export function trackResponseBody(body: ReadableStream | null, lifecycle: Lifecycle): void {
  const entry = body ? streamBodies.get(body) : undefined
  if (!entry || entry.ended || entry.release) return
  entry.release = lifecycle.track(entry.stream)
}

/** Pull-driven: the next upstream read happens only when the client took the last chunk. */
function toReadable(stream: AnswerStream): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder()
  const entry: StreamBody = { stream, ended: false }
  const end = () => {
    entry.ended = true
    entry.release?.()
  }
  const readable = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text: string | undefined
        try {
          text = await stream.next()
        } catch (error) {
          end()
          throw error
        }
        if (text === undefined) {
          end()
          controller.close()
        } else controller.enqueue(bytes.encode(text))
      },
      cancel() {
        end()
        stream.cancel()
      },
    },
    { highWaterMark: 0 },
  )
  streamBodies.set(readable, entry)
  return readable
}
