import {
  aggregateChatStream,
  type ChatError,
  type ChatRequest,
  type ChatResponse,
  type ChatStreamPart,
  type Dialect,
} from '@chatwire/core'
import { decodeBytes } from '@chatwire/testkit'

/** What a client of one dialect got back, read with that dialect's codec. */
export interface DialectAnswer {
  status: number
  headers: Headers
  text: string
  /** An event stream's parts, ending in `done` or `error`. */
  parts: ChatStreamPart[]
  /** The JSON answer, or the stream aggregated. */
  response?: ChatResponse
  error?: ChatError
}

/** `{name}` path parameters filled in (percent-encoded). */
function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  )
}

async function aggregate(parts: readonly ChatStreamPart[]): Promise<ChatResponse> {
  const stream = new ReadableStream<ChatStreamPart>({
    start(controller) {
      for (const part of parts) if (part.type === 'chunk') controller.enqueue(part)
      controller.enqueue({ type: 'done' })
      controller.close()
    },
  })
  return aggregateChatStream(stream)
}

/**
 * Calls `baseURL` as a client of `dialect` would: the request encoded by its first endpoint's
 * codec and sent to that endpoint's first gateway path (path parameters from the encoding, as
 * Elastic's inference id), the answer decoded by the same codec. Knows no dialect by name.
 */
export async function callAsDialect(
  baseURL: string,
  dialect: Dialect,
  request: ChatRequest,
  headers: Readonly<Record<string, string>> = {},
): Promise<DialectAnswer> {
  const endpoint = dialect.endpoints[0]
  if (!endpoint) throw new Error(`${dialect.name} has no endpoint`)
  const { codec } = endpoint
  const encoded = codec.encodeRequest(
    request,
    request.stream === undefined ? {} : { stream: request.stream },
  )
  const path = fillPath(endpoint.gatewayPaths[0] ?? '', encoded.context.params ?? {})
  const query = new URLSearchParams(encoded.context.query ?? {}).toString()
  const response = await fetch(`${baseURL}${path}${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...encoded.context.headers, ...headers },
    body: JSON.stringify(encoded.body),
    signal: AbortSignal.timeout(20_000),
  })
  const text = await response.text()
  const answer: DialectAnswer = {
    status: response.status,
    headers: response.headers,
    text,
    parts: [],
  }
  if (!response.ok) {
    answer.error = codec.decodeError(response.status, text, Object.fromEntries(response.headers))
  } else if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    answer.parts = decodeBytes(codec, new TextEncoder().encode(text))
    answer.response = await aggregate(answer.parts)
  } else {
    answer.response = codec.decodeResponse(JSON.parse(text))
  }
  return answer
}
