import { type Codec, guardCodec } from '@chatwire/core'
import { decodeOctoAIError } from './error/decode-octoai-error'
import { encodeOctoAIError } from './error/encode-octoai-error'
import { decodeOctoAIChatRequest } from './request/decode-octoai-chat-request'
import { encodeOctoAIChatRequest } from './request/encode-octoai-chat-request'
import { decodeOctoAIChatResponse } from './response/decode-octoai-chat-response'
import { encodeOctoAIChatResponse } from './response/encode-octoai-chat-response'
import type { OctoAIChatRequest } from './schema/octoai-chat-request'
import type { OctoAIChatResponse } from './schema/octoai-chat-response'
import { createOctoAIStreamDecoder } from './stream/create-octoai-stream-decoder'
import { createOctoAIStreamEncoder } from './stream/create-octoai-stream-encoder'

/** OctoAI text-gen chat completions (`POST /v1/chat/completions`), both directions. */
export const octoaiCodec: Codec<OctoAIChatRequest, OctoAIChatResponse> = guardCodec({
  dialect: 'octoai',
  framing: {},
  decodeRequest: (body) => decodeOctoAIChatRequest(body),
  encodeRequest: encodeOctoAIChatRequest,
  decodeResponse: decodeOctoAIChatResponse,
  encodeResponse: encodeOctoAIChatResponse,
  createStreamDecoder: createOctoAIStreamDecoder,
  createStreamEncoder: createOctoAIStreamEncoder,
  decodeError: decodeOctoAIError,
  encodeError: encodeOctoAIError,
})
