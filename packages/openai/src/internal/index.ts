// Building blocks for OpenAI-compatible dialects: compose these and override only what differs.
// Not a stable public API. Exports only what another workspace package imports (a test checks).
export { decodeOpenAIErrorObject, parseErrorBody } from '../error/decode-openai-error'
export { decodeOpenAIFinishReason, encodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
export {
  decodeOpenAILogprobs,
  decodeOpenAITokenLogprob,
  encodeOpenAILogprobs,
} from '../map/map-openai-logprobs'
export { decodeOpenAIUsage, encodeOpenAIUsage } from '../map/map-openai-usage'
export { decodeOpenAICompatibleExtension } from '../request/decode-openai-compatible-extension'
export { decodeOpenAIFunctionDefinition } from '../request/decode-openai-tools'
export {
  encodeOpenAICompatibleExtension,
  reportForeignCompatibleExtensions,
} from '../request/encode-openai-compatible-extension'
export { encodeOpenAIFunctionCall } from '../request/encode-openai-message'
export { encodeOpenAIFunctionDefinition } from '../request/encode-openai-tools'
export {
  COMPATIBLE_EXTENSION_FIELDS,
  type CompatibleFieldTable,
} from '../request/openai-extension-fields'
export { decodeOpenAIChatResponse } from '../response/decode-openai-chat-response'
export { OpenAIChatChunk } from '../schema/openai-chat-chunk'
export {
  createOpenAIStreamDecoder,
  upstreamStreamError,
} from '../stream/create-openai-stream-decoder'
export { createOpenAIStreamEncoder } from '../stream/create-openai-stream-encoder'
export {
  decodeOpenAIChatChunk,
  decodeOpenAIChunkChoice,
  decodeOpenAIModelFields,
} from '../stream/decode-openai-chat-chunk'
export { type EncodeChunkOptions, encodeOpenAIChunkDelta } from '../stream/encode-openai-chat-chunk'
