import type { DialectEndpoint } from '@chatwire/core'
import { createOpenAIEndpoint } from '@chatwire/openai/dialect'
import { acmeCodec } from './acme-codec'

/** Where the gateway serves Acme's clients: the vendor's path under `/acme`. */
export const ACME_GATEWAY_PATH = '/acme/v1/chat/completions'

/** Sent on every Acme answer, so a test sees the gateway honour a dialect's own headers. */
export const ACME_HEADERS = { 'acme-version': '2026-01' }

/** One endpoint with OpenAI's HTTP conventions (routes by `model`, the `stream` flag). */
export const acmeEndpoints: readonly DialectEndpoint[] = [
  {
    ...createOpenAIEndpoint({
      id: 'chat',
      codec: acmeCodec,
      gatewayPaths: [ACME_GATEWAY_PATH],
      errorPrefix: '/acme/',
    }),
    headers: ACME_HEADERS,
  },
]
