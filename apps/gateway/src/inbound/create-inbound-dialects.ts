import { ChatwireError } from '@chatwire/core'
import {
  ELASTIC_RESPONSE_HEADERS,
  ELASTIC_STREAM_HEADERS,
  rejectElasticBody,
} from '@chatwire/elastic'
import type { FriendliPathProduct, GatewayCodecs } from './gateway-codecs'
import type { InboundDialect } from './inbound-dialect'

const OPENAI_STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
}

const byModel = (request: { model: string }) => request.model

const unknownModel = (model: string) =>
  new ChatwireError({
    kind: 'not_found',
    message: `The model '${model}' does not exist: no gateway route matches it`,
    param: 'model',
    code: 'model_not_found',
  })

// Elasticsearch's answer for an unknown inference id (reference/wire-formats.md §3.5).
const unknownEndpoint = (inferenceId: string) =>
  new ChatwireError({
    kind: 'not_found',
    message: `Inference endpoint not found [${inferenceId}]`,
    type: 'resource_not_found_exception',
  })

/** The inbound paths (DESIGN.md, "The gateway"), each answering in its vendor's dialect. */
export function createInboundDialects(codecs: GatewayCodecs) {
  const openaiShaped = (dialect: 'openai' | 'octoai'): InboundDialect => ({
    dialect,
    codec: codecs[dialect],
    routeKey: byModel,
    noRoute: unknownModel,
    streamsAlways: false,
    streamHeaders: OPENAI_STREAM_HEADERS,
    headers: {},
  })
  const friendli = (product: FriendliPathProduct): InboundDialect => ({
    dialect: 'friendli',
    // Looked up on use (the codec set caches one per product).
    get codec() {
      return codecs.friendli(product)
    },
    routeKey: byModel,
    noRoute: unknownModel,
    streamsAlways: false,
    streamHeaders: OPENAI_STREAM_HEADERS,
    headers: {},
  })
  const elastic: InboundDialect = {
    dialect: 'elastic',
    codec: codecs.elastic,
    routeKey: (request, context) => context.params?.inference_id ?? request.model,
    noRoute: unknownEndpoint,
    streamsAlways: true,
    // Exactly Elasticsearch's headers (reference/wire-formats.md §3.1); the official client
    // rejects a 2xx response without the product header.
    streamHeaders: ELASTIC_STREAM_HEADERS,
    headers: ELASTIC_RESPONSE_HEADERS,
    rejectBody: rejectElasticBody,
  }
  return {
    openai: openaiShaped('openai'),
    octoai: openaiShaped('octoai'),
    friendliServerless: friendli('serverless'),
    friendliDedicated: friendli('dedicated'),
    friendliTools: friendli('tools'),
    elastic,
  }
}

export type InboundDialects = ReturnType<typeof createInboundDialects>
