import { type Codec, guardCodec } from '@chatwire/core'
import { type OpenAIChatResponse, openaiCodec } from '@chatwire/openai'
import type { AcmeChatRequest } from './acme-chat-request'
import { decodeAcmeChatRequest } from './decode-acme-chat-request'
import { encodeAcmeChatRequest } from './encode-acme-chat-request'

/** Acme speaks OpenAI's wire in every direction but the request's `acme_priority`. */
export const acmeCodec: Codec<AcmeChatRequest, OpenAIChatResponse> = guardCodec({
  ...openaiCodec,
  dialect: 'acme',
  decodeRequest: (body) => decodeAcmeChatRequest(body),
  encodeRequest: encodeAcmeChatRequest,
})
