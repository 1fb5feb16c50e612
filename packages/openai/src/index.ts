export { decodeOpenAIError } from './error/decode-openai-error'
export { encodeOpenAIError } from './error/encode-openai-error'
export { createOpenAICodec, type OpenAICodecOptions, openaiCodec } from './openai-codec'
export {
  type DecodeOpenAIChatRequestOptions,
  decodeOpenAIChatRequest,
} from './request/decode-openai-chat-request'
export {
  type EncodeOpenAIChatRequestOptions,
  encodeOpenAIChatRequest,
} from './request/encode-openai-chat-request'
export { decodeOpenAIChatResponse } from './response/decode-openai-chat-response'
export { encodeOpenAIChatResponse } from './response/encode-openai-chat-response'
export { OpenAIChatChunk, OpenAIChunkDelta, OpenAIToolCallDelta } from './schema/openai-chat-chunk'
export {
  OpenAIAssistantMessage,
  OpenAIChatMessage,
  OpenAIDeveloperMessage,
  OpenAIFunctionMessage,
  OpenAIMessageToolCall,
  OpenAISystemMessage,
  OpenAIToolMessage,
  OpenAIUserMessage,
  OpenAIUserPart,
} from './schema/openai-chat-message'
export { OpenAIChatRequest } from './schema/openai-chat-request'
export { OpenAIChatResponse, OpenAIResponseMessage } from './schema/openai-chat-response'
export { OpenAIErrorBody } from './schema/openai-error-body'
export {
  CompatibleExtension,
  compatibleExtension,
  OpenAIExtension,
  openaiExtension,
  VLLMExtension,
  vllmExtension,
} from './schema/openai-extension'
export { OpenAILogprobs, OpenAITokenLogprob } from './schema/openai-logprobs'
export { OpenAIResponseFormat, OpenAITool, OpenAIToolChoice } from './schema/openai-tool'
export { OpenAIUsage } from './schema/openai-usage'
export {
  createOpenAIChunkDecoderStream,
  createOpenAIChunkEncoderStream,
} from './stream/create-openai-chunk-streams'
export { createOpenAIStreamDecoder } from './stream/create-openai-stream-decoder'
export { createOpenAIStreamEncoder } from './stream/create-openai-stream-encoder'
