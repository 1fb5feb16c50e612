import { ChatwireError, type Codec, type DialectEndpoint } from '@chatwire/core'

/** What OpenAI's API sends with a 200 event stream. */
const OPENAI_STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
} as const

/** OpenAI's 404 for a model it does not serve, naming the gateway's reason. */
function refuseUnknownModel(model: string): ChatwireError {
  return new ChatwireError({
    kind: 'not_found',
    message: `The model '${model}' does not exist: no gateway route matches it`,
    param: 'model',
    code: 'model_not_found',
  })
}

export interface OpenAIEndpointOptions {
  id: string
  codec: Codec
  gatewayPaths: readonly string[]
  errorPrefix?: string
  /** Stream parallel tool calls whole and in index order (OpenAI's SDK relies on it). */
  orderToolCalls?: boolean
}

/**
 * A chat endpoint with OpenAI's HTTP conventions: routes match on the body's `model`, the
 * `stream` flag decides streaming, OpenAI's stream headers, a plain 400 for a body that is not
 * JSON. OpenAI-compatible dialects build theirs with it.
 */
export function createOpenAIEndpoint(options: OpenAIEndpointOptions): DialectEndpoint {
  return {
    id: options.id,
    codec: options.codec,
    gatewayPaths: options.gatewayPaths,
    ...(options.errorPrefix === undefined ? {} : { errorPrefix: options.errorPrefix }),
    streaming: 'flag',
    routeKey: (request) => request.model,
    noRoute: refuseUnknownModel,
    streamHeaders: OPENAI_STREAM_HEADERS,
    headers: {},
    ...(options.orderToolCalls ? { orderToolCalls: true } : {}),
  }
}
