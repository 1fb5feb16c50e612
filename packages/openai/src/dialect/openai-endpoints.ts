import type { DialectEndpoint } from '@chatwire/core'
import { openaiCodec } from '../openai-codec'
import { createOpenAIEndpoint } from './create-openai-endpoint'

/**
 * `POST /v1/chat/completions`. No error prefix: OpenAI is registered first, so paths no other
 * dialect claims are answered in its envelope.
 */
export const openaiEndpoints: readonly DialectEndpoint[] = [
  createOpenAIEndpoint({
    id: 'chat',
    codec: openaiCodec,
    gatewayPaths: ['/v1/chat/completions'],
    // OpenAI finishes one call's fragments before the next starts, and its SDK relies on it.
    orderToolCalls: true,
  }),
]
