export { decodeFriendliError, decodeFriendliErrorPayload } from './error/decode-friendli-error'
export { encodeFriendliError, encodeFriendliErrorBody } from './error/encode-friendli-error'
export {
  decodeFriendliErrorLocation,
  encodeFriendliErrorLocation,
} from './error/map-friendli-error-location'
export {
  createFriendliCodec,
  type FriendliCodec,
  type FriendliCodecOptions,
  friendliCodec,
} from './friendli-codec'
export {
  decodeFriendliFinishReason,
  encodeFriendliFinishReason,
  isFriendliUnfinished,
} from './map/map-friendli-finish-reason'
export { assertFriendliChatRequest } from './request/assert-friendli-chat-request'
export {
  type DecodeFriendliChatRequestOptions,
  decodeFriendliChatRequest,
} from './request/decode-friendli-chat-request'
export {
  type EncodeFriendliChatRequestOptions,
  encodeFriendliChatRequest,
} from './request/encode-friendli-chat-request'
export { FRIENDLI_TEXT_PART_SEPARATOR } from './request/flatten-friendli-text'
export { decodeFriendliChatResponse } from './response/decode-friendli-chat-response'
export { encodeFriendliChatResponse } from './response/encode-friendli-chat-response'
export type { FriendliAnyChatRequest } from './schema/friendli-any-chat-request'
export {
  FriendliChatChunk,
  FriendliChunkDelta,
  FriendliToolCallDelta,
} from './schema/friendli-chat-chunk'
export {
  FriendliChatRequest,
  FriendliContainerChatRequest,
} from './schema/friendli-chat-request'
export {
  FriendliChatResponse,
  FriendliResponseMessage,
} from './schema/friendli-chat-response'
export {
  FriendliAudioContent,
  FriendliImageContent,
  FriendliTextContent,
  FriendliUserContentPart,
  FriendliVideoContent,
} from './schema/friendli-content-part'
export {
  FriendliErrorBody,
  FriendliNestedErrorBody,
  FriendliValidationErrorBody,
} from './schema/friendli-error-body'
export { FriendliExtension, FriendliProduct, friendliExtension } from './schema/friendli-extension'
export { FriendliLogprobs } from './schema/friendli-logprobs'
export {
  FriendliAssistantMessage,
  FriendliMessage,
  FriendliMessageToolCall,
  FriendliSystemMessage,
  FriendliToolMessage,
  FriendliUserMessage,
} from './schema/friendli-message'
export {
  FriendliJsonObjectResponseFormat,
  FriendliJsonSchemaResponseFormat,
  FriendliRegexResponseFormat,
  FriendliResponseFormat,
  FriendliTextResponseFormat,
} from './schema/friendli-response-format'
export { FRIENDLI_REASONING_EFFORTS } from './schema/friendli-sampling-fields'
export {
  FRIENDLI_ALL_BUILTIN_TOOL_TYPES,
  FRIENDLI_BUILTIN_TOOL_TYPES,
  FriendliBuiltinTool,
  type FriendliBuiltinToolType,
  FriendliFileBuiltinTool,
  FriendliFunctionTool,
  FriendliIntegratedBuiltinTool,
  FriendliToolAssistedTool,
  FriendliToolChoice,
} from './schema/friendli-tool'
export { FriendliToolAssistedChatRequest } from './schema/friendli-tool-assisted-chat-request'
export { FRIENDLI_TOOL_STATUSES, FriendliToolStatus } from './schema/friendli-tool-status'
export { FriendliUsage } from './schema/friendli-usage'
export {
  createFriendliChunkDecoderStream,
  createFriendliChunkEncoderStream,
} from './stream/create-friendli-chunk-streams'
export { createFriendliStreamDecoder } from './stream/create-friendli-stream-decoder'
export { createFriendliStreamEncoder } from './stream/create-friendli-stream-encoder'
export { decodeFriendliChatChunk } from './stream/decode-friendli-chat-chunk'
export { encodeFriendliChatChunk } from './stream/encode-friendli-chat-chunk'
