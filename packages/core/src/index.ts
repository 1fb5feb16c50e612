export { bindChunkStreams, type ChunkStreamFactories } from './codec/bind-chunk-streams'
export type {
  ChatStreamDecoder,
  ChatStreamEncoder,
  Codec,
  Encoded,
  EncodedError,
  EncodedRequest,
  EncodeRequestOptions,
  EncodeStreamOptions,
  SseFraming,
  WireContext,
} from './codec/codec'
export { decodeFinishReason } from './codec/decode-finish-reason'
export { encodeFunctionToolCalls } from './codec/encode-function-tool-calls'
export { DECODER_FAULT_CODE, guardCodec } from './codec/guard-codec'
export {
  decodeRequestFields,
  encodeRequestFields,
  type RequestFieldTable,
} from './codec/map-request-fields'
export {
  FIELD_LOSS_KIND,
  hasSemanticLoss,
  reportForeignExtensions,
  reportUnsupportedFields,
} from './codec/report-losses'
export { createChunkDecoderStream, createChunkEncoderStream } from './codec/stream-transforms'
export {
  createRefusalError,
  type RefusalWording,
} from './dialect/create-refusal-error'
export { createUpstreamHeaders } from './dialect/create-upstream-headers'
export {
  type DialectExtension,
  defineExtension,
  extensionLossKind,
  readExtension,
} from './dialect/define-extension'
export type {
  Dialect,
  DialectEmulator,
  DialectEndpoint,
  EmbeddedUpstream,
  EmulatedBuiltinRun,
  EmulatedRoute,
  GatewayRefusal,
  IncomingCall,
  RefusedPath,
  UpstreamBinding,
  UpstreamCall,
  UpstreamSettings,
  UpstreamTarget,
} from './dialect/dialect'
export type {
  DialectDocs,
  ErrorResponseDescriptor,
  OperationDescriptor,
  ParameterDescriptor,
  RequestExample,
  SecurityDescriptor,
  StreamEventDescriptor,
} from './dialect/dialect-docs'
export { createDialectRegistry, type DialectRegistry } from './dialect/dialect-registry'
export { joinURL } from './dialect/join-url'
export { maskKey, readAuthorization } from './dialect/read-authorization'
export { rejectUnknownRoute } from './dialect/reject-unknown-route'
export { EXAMPLE_EMULATOR_NOTE, EXAMPLE_WEATHER_FUNCTION } from './dialect/request-example-parts'
export {
  ChatwireError,
  type ChatwireErrorOptions,
  invalidRequest,
  toChatError,
} from './errors/chatwire-error'
export { createErrorDecoder } from './errors/create-error-decoder'
export {
  isRetryableKind,
  kindFromStatus,
  STATUS_BY_KIND,
  statusFromKind,
} from './errors/error-kind'
export { malformedUpstream } from './errors/malformed-upstream'
export { parseRetryAfter } from './errors/parse-retry-after'
export {
  type AssertMaxDepthOptions,
  assertMaxDepth,
  findTooDeepPath,
  MAX_REQUEST_DEPTH,
} from './limits/assert-max-depth'
export { EXCERPT_LENGTH, excerpt, excerptJson, UPSTREAM_MESSAGE_LENGTH } from './limits/excerpt'
export {
  isJsonObject,
  readNullishUpstreamArray,
  readNullishUpstreamCount,
  readNullishUpstreamInteger,
  readNullishUpstreamObject,
  readNullishUpstreamString,
  readUpstreamArray,
  readUpstreamCount,
  readUpstreamInteger,
  readUpstreamNumber,
  readUpstreamObject,
  readUpstreamString,
} from './read/read-upstream-value'
export { applySchemaDescriptions, type SchemaDescription } from './schema/apply-schema-descriptions'
export { ChatError, ERROR_KINDS, ErrorKind } from './schema/chat-error'
export {
  AssistantMessage,
  ChatMessage,
  type ChatRole,
  DeveloperMessage,
  FunctionMessage,
  SystemMessage,
  ToolMessage,
  UserMessage,
} from './schema/chat-message'
export { ChatRequest, StreamOptions } from './schema/chat-request'
export { ChatResponse, ResponseChoice, ResponseMessage } from './schema/chat-response'
export {
  ChatChunk,
  ChatStreamPart,
  ChunkChoice,
  ChunkDelta,
  DonePart,
  ErrorPart,
  ExtensionPart,
} from './schema/chat-stream-part'
export {
  AssistantContentPart,
  AudioPart,
  FilePart,
  ImagePart,
  RefusalPart,
  TextPart,
  UserContentPart,
  VideoPart,
} from './schema/content-part'
export { createExtensionBag } from './schema/create-extension-bag'
export { RequestExtensions } from './schema/extensions'
export {
  FinishReason,
  UNIFIED_FINISH_REASONS,
  type UnifiedFinishReason,
} from './schema/finish-reason'
export * as Type from './schema/json-type'
export { Logprobs, TokenLogprob } from './schema/logprobs'
export { Loss, LossKind } from './schema/loss'
export { ResponseFormat } from './schema/response-format'
export { JsonObject, Nullish, StringEnum } from './schema/schema-helpers'
export { SseEvent } from './schema/sse-event'
export {
  BuiltinTool,
  CustomTool,
  CustomToolCall,
  FunctionTool,
  FunctionToolCall,
  Tool,
  ToolCall,
  ToolCallDelta,
  ToolChoice,
} from './schema/tool'
export { Usage } from './schema/usage'
export {
  aggregateChatStream,
  type ChatStreamAggregator,
  createChatStreamAggregator,
} from './stream/aggregate-chat-stream'
export {
  type TranslatedRequest,
  translateError,
  translateRequest,
  translateResponse,
  translateStream,
} from './translate/translate'
export { type AssertValidOptions, assertValid, joinFieldPath } from './validate/assert-valid'
export {
  chatErrorValidator,
  chatRequestValidator,
  chatResponseValidator,
  chatStreamPartValidator,
} from './validate/canonical-validators'
export { compileSchema } from './validate/compile-schema'
export type { Validator } from './validate/create-validator'
export { toFieldPath } from './validate/to-field-path'
export type { FieldProblem, FieldProblemReason } from './validate/to-field-problem'
