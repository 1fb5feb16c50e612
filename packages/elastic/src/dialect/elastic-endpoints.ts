import { ChatwireError, type DialectEndpoint } from '@chatwire/core'
import { elasticCodec } from '../elastic-codec'
import {
  ELASTIC_RESPONSE_HEADERS,
  ELASTIC_STREAM_HEADERS,
  ELASTIC_WRAPPED_VARIANT,
  rejectElasticBody,
} from '../index'

/** Elasticsearch's answer for an unknown inference id (reference/wire-formats.md §3.5). */
function refuseUnknownEndpoint(inferenceId: string): ChatwireError {
  return new ChatwireError({
    kind: 'not_found',
    message: `Inference endpoint not found [${inferenceId}]`,
    type: 'resource_not_found_exception',
  })
}

/** Elasticsearch refuses a non-streaming unified call with this 400 (wire-formats.md §3.1). */
function refuseWithoutStream(): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    message:
      'The [chat_completion] task type only supports streaming, please try again with the _stream API',
    type: 'status_exception',
  })
}

/**
 * The unified chat_completion stream API and the task-type-free path, both stream-only; routes
 * match on the `{inference_id}` path parameter.
 */
export const elasticEndpoints: readonly DialectEndpoint[] = [
  {
    id: 'chat',
    codec: elasticCodec,
    gatewayPaths: [
      '/_inference/chat_completion/{inference_id}/_stream',
      '/_inference/{inference_id}/_stream',
    ],
    errorPrefix: '/_inference/',
    streaming: 'always',
    routeKey: (request, context) => context.params?.inference_id ?? request.model,
    noRoute: refuseUnknownEndpoint,
    routeKeyName: 'inference endpoint',
    // Exactly Elasticsearch's headers (reference/wire-formats.md §3.1); the official client
    // rejects a 2xx response without the product header.
    streamHeaders: ELASTIC_STREAM_HEADERS,
    headers: ELASTIC_RESPONSE_HEADERS,
    rejectBody: rejectElasticBody,
    streamVariant: (route) =>
      route.elasticChunks === 'wrapped' ? ELASTIC_WRAPPED_VARIANT : undefined,
    refusedPaths: [
      { path: '/_inference/chat_completion/{inference_id}', refuse: refuseWithoutStream },
    ],
  },
]
