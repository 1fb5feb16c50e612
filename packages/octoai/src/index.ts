export { createOctoAIValidationError } from './error/create-octoai-validation-error'
export { decodeOctoAIError, decodeOctoAIErrorBody } from './error/decode-octoai-error'
export { encodeOctoAIError, encodeOctoAIErrorBody } from './error/encode-octoai-error'
export { decodeOctoAIFinishReason, encodeOctoAIFinishReason } from './map/map-octoai-finish-reason'
export { octoaiCodec } from './octoai-codec'
export { decodeOctoAIChatRequest } from './request/decode-octoai-chat-request'
export { encodeOctoAIChatRequest } from './request/encode-octoai-chat-request'
export { decodeOctoAIChatResponse } from './response/decode-octoai-chat-response'
export { encodeOctoAIChatResponse } from './response/encode-octoai-chat-response'
export {
  OctoAIChatChunk,
  OctoAIChunkChoice,
  OctoAIChunkDelta,
  OctoAIToolCallDelta,
} from './schema/octoai-chat-chunk'
export {
  OctoAIChatMessage,
  OctoAIContentPart,
  OctoAIImagePart,
  OctoAITextPart,
  OctoAIToolCall,
} from './schema/octoai-chat-message'
export {
  OctoAIChatRequest,
  OctoAIResponseFormat,
  OctoAITool,
  OctoAIToolChoice,
} from './schema/octoai-chat-request'
export { OctoAIChatResponse, OctoAIChatResponseChoice } from './schema/octoai-chat-response'
export {
  OctoAIErrorBody,
  OctoAIHttpErrorBody,
  OctoAIValidationError,
  OctoAIValidationErrorItem,
} from './schema/octoai-error-body'
export { OCTOAI_FINISH_REASONS, OctoAIFinishReason } from './schema/octoai-finish-reason'
export { OctoAILogprobs, OctoAILogprobsContent } from './schema/octoai-logprobs'
export { OctoAIUsage } from './schema/octoai-usage'
export {
  createOctoAIChunkDecoderStream,
  createOctoAIChunkEncoderStream,
} from './stream/create-octoai-chunk-streams'
export { createOctoAIStreamDecoder } from './stream/create-octoai-stream-decoder'
export { createOctoAIStreamEncoder } from './stream/create-octoai-stream-encoder'
export { decodeOctoAIChatChunk } from './stream/decode-octoai-chat-chunk'
export { encodeOctoAIChatChunk } from './stream/encode-octoai-chat-chunk'
