import { type Codec, guardCodec } from '@chatwire/core'
import { decodeElasticError } from './error/decode-elastic-error'
import { encodeElasticError } from './error/encode-elastic-error'
import { decodeElasticChatRequest } from './request/decode-elastic-chat-request'
import { encodeElasticChatRequest } from './request/encode-elastic-chat-request'
import { decodeElasticChatResponse } from './response/decode-elastic-chat-response'
import { encodeElasticChatResponse } from './response/encode-elastic-chat-response'
import type { ElasticChatRequest } from './schema/elastic-chat-request'
import { createElasticStreamDecoder } from './stream/create-elastic-stream-decoder'
import { createElasticStreamEncoder } from './stream/create-elastic-stream-encoder'
import { ELASTIC_SSE_FRAMING } from './stream/elastic-sse-framing'

/** Elasticsearch's unified `chat_completion` (8.18): `POST /_inference/chat_completion/{id}/_stream`. */
export const elasticCodec: Codec<ElasticChatRequest, string> = guardCodec({
  dialect: 'elastic',
  framing: ELASTIC_SSE_FRAMING,
  decodeRequest: decodeElasticChatRequest,
  encodeRequest: (request) => encodeElasticChatRequest(request),
  decodeResponse: decodeElasticChatResponse,
  encodeResponse: encodeElasticChatResponse,
  createStreamDecoder: createElasticStreamDecoder,
  createStreamEncoder: createElasticStreamEncoder,
  decodeError: decodeElasticError,
  encodeError: (error) => encodeElasticError(error),
})
