// Building blocks for OpenAI-compatible dialects (OctoAI, Friendli): compose these and override
// only what differs. Not a stable public API.
export {
  decodeOpenAIError,
  decodeOpenAIErrorObject,
  parseErrorBody,
} from '../error/decode-openai-error'
export { encodeOpenAIError, encodeOpenAIErrorBody } from '../error/encode-openai-error'
export { decodeOpenAIFinishReason, encodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
export {
  decodeOpenAILogprobs,
  decodeOpenAITokenLogprob,
  encodeOpenAILogprobs,
} from '../map/map-openai-logprobs'
export { decodeOpenAIUsage, encodeOpenAIUsage } from '../map/map-openai-usage'
export { assertOpenAIChatRequest } from '../request/assert-openai-chat-request'
export { toOpenAIInvalidRequest } from '../request/assert-openai-errors'
export {
  decodeOpenAIChatRequest,
  mapOpenAIChatRequest,
} from '../request/decode-openai-chat-request'
export { decodeOpenAICompatibleExtension } from '../request/decode-openai-compatible-extension'
export { decodeOpenAIMessage, decodeOpenAIToolCall } from '../request/decode-openai-message'
export {
  decodeOpenAIFunctionDefinition,
  decodeOpenAIResponseFormat,
  decodeOpenAITool,
  decodeOpenAIToolChoice,
} from '../request/decode-openai-tools'
export { encodeOpenAIChatRequest } from '../request/encode-openai-chat-request'
export {
  encodeOpenAICompatibleExtension,
  reportForeignCompatibleExtensions,
} from '../request/encode-openai-compatible-extension'
export { encodeOpenAIMessage, encodeOpenAIToolCall } from '../request/encode-openai-message'
export {
  encodeOpenAIFunctionDefinition,
  encodeOpenAIResponseFormat,
  encodeOpenAITool,
  encodeOpenAIToolChoice,
} from '../request/encode-openai-tools'
export {
  COMPATIBLE_EXTENSION_FIELDS,
  type CompatibleFieldTable,
} from '../request/openai-compatible-homes'
export {
  type DecodeResponseOptions,
  decodeOpenAIChatResponse,
  decodeOpenAIResponseMessage,
  decodeOpenAIResponseToolCall,
} from '../response/decode-openai-chat-response'
export {
  type EncodeResponseOptions,
  encodeOpenAIChatResponse,
  encodeOpenAIResponseMessage,
} from '../response/encode-openai-chat-response'
export * from '../schema/openai-chat-chunk'
export * from '../schema/openai-chat-message'
export * from '../schema/openai-chat-request'
export * from '../schema/openai-chat-response'
export * from '../schema/openai-error-body'
export * from '../schema/openai-logprobs'
export * from '../schema/openai-tool'
export * from '../schema/openai-usage'
export {
  createOpenAIStreamDecoder,
  type OpenAIStreamDecoderOptions,
  upstreamStreamError,
} from '../stream/create-openai-stream-decoder'
export {
  createOpenAIStreamEncoder,
  type OpenAIStreamEncoderOptions,
} from '../stream/create-openai-stream-encoder'
export {
  type DecodeChunkOptions,
  decodeOpenAIChatChunk,
  decodeOpenAIChunkChoice,
  decodeOpenAIChunkDelta,
  decodeOpenAIChunkFields,
} from '../stream/decode-openai-chat-chunk'
export {
  type EncodeChunkOptions,
  encodeOpenAIChatChunk,
  encodeOpenAIChunkDelta,
} from '../stream/encode-openai-chat-chunk'
