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

/** Pull-driven: the next upstream read happens only when the client took the last chunk. */
function toReadable(stream: AnswerStream): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder()
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const text = await stream.next()
        if (text === undefined) controller.close()
        else controller.enqueue(bytes.encode(text))
      },
      cancel() {
        stream.cancel()
      },
    },
    { highWaterMark: 0 },
  )
}
