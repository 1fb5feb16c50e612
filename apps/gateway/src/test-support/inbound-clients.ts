import type { ChatStreamPart, Codec } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { createFriendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { openaiCodec } from '@chatwire/openai'
import { createSseParser } from '@chatwire/sse'
import type { Dialect } from './vendor-dialects'

export interface ChatCall {
  /** The model (Elastic: the inference id in the path). */
  model: string
  prompt: string
  stream: boolean
  includeUsage?: boolean
  tools?: boolean
  signal?: AbortSignal
}

/** How a raw client of one dialect calls the gateway: path and body as that vendor's SDK sends them. */
export interface InboundClient {
  /** The dialect's name. */
  dialect: string
  /** The client side of the dialect, to read what the gateway answered. */
  codec: Codec
  path(model: string): string
  body(call: ChatCall): Record<string, unknown>
  /** Every answer is an event stream (a stream-only API). */
  streamsAlways?: boolean
  /** Headers every error answer carries. */
  errorHeaders?: Readonly<Record<string, string>>
  /** The scheme its SDK sends an API key with in `authorization` (default `Bearer`). */
  apiKeyScheme?: string
}

/** The `authorization` header value a client of this dialect sends with the API key `key`. */
export const authorizationFor = (client: InboundClient, key: string) =>
  `${client.apiKeyScheme ?? 'Bearer'} ${key}`

const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather in a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'get_time',
      description: 'Current time in a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
]

const openaiShapedBody = (call: ChatCall) => ({
  model: call.model,
  messages: [{ role: 'user', content: call.prompt }],
  ...(call.stream ? { stream: true } : {}),
  ...(call.stream && call.includeUsage ? { stream_options: { include_usage: true } } : {}),
  ...(call.tools ? { tools: TOOLS } : {}),
})

export const INBOUND_CLIENTS: Record<Dialect, InboundClient> = {
  openai: {
    dialect: 'openai',
    codec: openaiCodec,
    path: () => '/v1/chat/completions',
    body: openaiShapedBody,
  },
  octoai: {
    dialect: 'octoai',
    codec: octoaiCodec,
    path: () => '/octoai/v1/chat/completions',
    body: openaiShapedBody,
  },
  friendli: {
    dialect: 'friendli',
    get codec() {
      return createFriendliCodec({ product: 'serverless' })
    },
    path: () => '/friendli/serverless/v1/chat/completions',
    body: openaiShapedBody,
  },
  elastic: {
    dialect: 'elastic',
    codec: elasticCodec,
    path: (model) => `/_inference/chat_completion/${model}/_stream`,
    streamsAlways: true,
    errorHeaders: { 'x-elastic-product': 'Elasticsearch' },
    apiKeyScheme: 'ApiKey',
    body: (call) => ({
      messages: [{ role: 'user', content: call.prompt }],
      ...(call.tools ? { tools: TOOLS } : {}),
    }),
  },
}

export interface GatewayAnswer {
  status: number
  headers: Headers
  text: string
  /** Decoded by the client dialect's codec: the stream's parts, or the error. */
  parts: ChatStreamPart[]
}

/** Sends one call and reads the whole answer as the client's dialect would. */
export async function callGateway(
  baseURL: string,
  client: InboundClient,
  call: ChatCall,
): Promise<GatewayAnswer> {
  const response = await fetch(`${baseURL}${client.path(call.model)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client.body(call)),
    ...(call.signal ? { signal: call.signal } : {}),
  })
  return readGatewayAnswer(response, client.codec)
}

/** Reads the whole answer; an event stream is decoded as the client's dialect would read it. */
export async function readGatewayAnswer(response: Response, codec: Codec): Promise<GatewayAnswer> {
  const text = await response.text()
  const streamed = (response.headers.get('content-type') ?? '').startsWith('text/event-stream')
  return {
    status: response.status,
    headers: response.headers,
    text,
    parts: streamed ? decodeEvents(codec, text) : [],
  }
}

/** The client dialect's reading of an event stream: canonical parts, ending in done or error. */
export function decodeEvents(codec: Codec, text: string): ChatStreamPart[] {
  const parts: ChatStreamPart[] = []
  const decoder = codec.createStreamDecoder((part) => parts.push(part))
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
  parser.feed(text)
  parser.end()
  decoder.end()
  return parts
}
