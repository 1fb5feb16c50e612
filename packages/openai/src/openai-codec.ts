import { type Codec, guardCodec } from '@chatwire/core'
import { decodeOpenAIError } from './error/decode-openai-error'
import { encodeOpenAIError } from './error/encode-openai-error'
import { decodeOpenAIChatRequest } from './request/decode-openai-chat-request'
import { encodeOpenAIChatRequest } from './request/encode-openai-chat-request'
import { decodeOpenAIChatResponse } from './response/decode-openai-chat-response'
import { encodeOpenAIChatResponse } from './response/encode-openai-chat-response'
import type { OpenAIChatRequest } from './schema/openai-chat-request'
import type { OpenAIChatResponse } from './schema/openai-chat-response'
import { createOpenAIStreamDecoder } from './stream/create-openai-stream-decoder'
import { createOpenAIStreamEncoder } from './stream/create-openai-stream-encoder'

/** OpenAI Chat Completions (`POST /v1/chat/completions`), both directions. */
export const openaiCodec: Codec<OpenAIChatRequest, OpenAIChatResponse> = guardCodec({
  dialect: 'openai',
  framing: {},
  decodeRequest: (body) => decodeOpenAIChatRequest(body),
  encodeRequest: encodeOpenAIChatRequest,
  decodeResponse: (body) => decodeOpenAIChatResponse(body),
  encodeResponse: (response) => encodeOpenAIChatResponse(response),
  createStreamDecoder: (emit) => createOpenAIStreamDecoder(emit),
  createStreamEncoder: (emit, options) => createOpenAIStreamEncoder(emit, options),
  decodeError: decodeOpenAIError,
  encodeError: encodeOpenAIError,
})
