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

/** How an OpenAI codec treats the OpenAI-compatible extra fields (`top_k`, `min_p`, …). */
export interface OpenAICodecOptions {
  /** Decode: refuse them as api.openai.com does (default: accept, as vLLM & co do). */
  refuseCompatibleFields?: boolean
  /** Encode: send them to the upstream (default: report them as losses; OpenAI refuses them). */
  forwardCompatibleFields?: boolean
}

/** An OpenAI Chat Completions codec (`POST /v1/chat/completions`), both directions. */
export function createOpenAICodec(
  options: OpenAICodecOptions = {},
): Codec<OpenAIChatRequest, OpenAIChatResponse> {
  const { refuseCompatibleFields, forwardCompatibleFields } = options
  return guardCodec({
    dialect: 'openai',
    framing: {},
    decodeRequest: (body) => decodeOpenAIChatRequest(body, { refuseCompatibleFields }),
    // The default codec passes its options through untouched: a copy per request cost ≈ 1.2 µs.
    encodeRequest: forwardCompatibleFields
      ? (request, encodeOptions) =>
          encodeOpenAIChatRequest(request, { ...encodeOptions, forwardCompatibleFields })
      : encodeOpenAIChatRequest,
    decodeResponse: (body) => decodeOpenAIChatResponse(body),
    encodeResponse: (response) => encodeOpenAIChatResponse(response),
    createStreamDecoder: (emit) => createOpenAIStreamDecoder(emit),
    createStreamEncoder: (emit, streamOptions) => createOpenAIStreamEncoder(emit, streamOptions),
    decodeError: decodeOpenAIError,
    encodeError: encodeOpenAIError,
  })
}

/**
 * The default: accepts the OpenAI-compatible extra fields from clients and reports them as
 * losses toward an upstream (safe for api.openai.com, which refuses them).
 */
export const openaiCodec = createOpenAICodec()
