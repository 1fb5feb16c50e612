// biome-ignore-all assist/source/organizeImports: the public surface in the house order (codec, schemas, stream wrappers, functions)

// The codec.
export { elasticCodec } from './elastic-codec'

// Wire schemas and the extension bag.
export {
  ElasticChatChunk,
  ElasticChunkChoice,
  ElasticChunkToolCall,
  ElasticChunkUsage,
  ElasticWrappedChatChunk,
} from './schema/elastic-chat-chunk'
export {
  ElasticChatRequest,
  ElasticContentObject,
  ElasticMessage,
  ElasticTool,
  ElasticToolCall,
  ElasticToolChoice,
} from './schema/elastic-chat-request'
export { ElasticChatPathParams, ElasticChatQuery } from './schema/elastic-chat-request-context'
export {
  ElasticErrorCause,
  ElasticStandardErrorBody,
  ElasticStringErrorBody,
  ElasticUnifiedErrorBody,
} from './schema/elastic-error-body'
export { ElasticExtension, elasticExtension } from './schema/elastic-extension'

// Web Stream wrappers.
export {
  createElasticChunkDecoderStream,
  createElasticChunkEncoderStream,
} from './stream/create-elastic-chunk-streams'

// The individual decode/encode functions and the dialect's wire constants.
export { decodeElasticError } from './error/decode-elastic-error'
export { type EncodeElasticErrorOptions, encodeElasticError } from './error/encode-elastic-error'
export { parseElasticUpstreamStatus } from './error/parse-elastic-upstream-status'
export {
  decodeElasticFinishReason,
  encodeElasticFinishReason,
} from './map/map-elastic-finish-reason'
export { rejectElasticBody } from './request/assert-elastic-errors'
export { decodeElasticChatRequest } from './request/decode-elastic-chat-request'
export { encodeElasticChatRequest } from './request/encode-elastic-chat-request'
export { decodeElasticChatResponse } from './response/decode-elastic-chat-response'
export { encodeElasticChatResponse } from './response/encode-elastic-chat-response'
export { createElasticStreamDecoder } from './stream/create-elastic-stream-decoder'
export {
  createElasticStreamEncoder,
  ELASTIC_WRAPPED_VARIANT,
} from './stream/create-elastic-stream-encoder'
export { decodeElasticChatChunk } from './stream/decode-elastic-chat-chunk'
export {
  ELASTIC_RESPONSE_HEADERS,
  ELASTIC_SSE_FRAMING,
  ELASTIC_STREAM_HEADERS,
} from './stream/elastic-sse-framing'
export { encodeElasticChatChunk } from './stream/encode-elastic-chat-chunk'
