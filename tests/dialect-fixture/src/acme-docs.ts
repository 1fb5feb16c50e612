import type { DialectDocs } from '@chatwire/core'
import { OpenAIChatChunk, OpenAIChatResponse, OpenAIErrorBody } from '@chatwire/openai'
import { AcmeChatRequest } from './acme-chat-request'
import { ACME_VENDOR_PATH } from './acme-emulator'
import { ACME_GATEWAY_PATH } from './acme-endpoints'
import { AcmeExtension } from './acme-extension'

/** What the OpenAPI generator documents for Acme: OpenAI's shapes, Acme's body, path and key. */
export const acmeDocs: DialectDocs = {
  tag: 'Acme',
  title: 'Acme Chat Completions',
  description: 'Acme’s OpenAI-compatible chat completions, with a scheduling `acme_priority`.',
  apiVersion: 'v1',
  servers: [{ url: 'https://api.acme.test', description: 'Acme' }],
  security: [
    {
      name: 'acmeKey',
      scheme: { type: 'apiKey', in: 'header', name: 'X-Acme-Key', description: 'An Acme key.' },
    },
  ],
  request: AcmeChatRequest,
  response: OpenAIChatResponse,
  streamEvents: [{ data: [OpenAIChatChunk, OpenAIErrorBody], done: true }],
  streaming: 'stream-flag',
  errors: [
    {
      status: '4XX',
      description: 'The request was rejected (400 invalid, 401 key, 404 model, 429 rate limit).',
      content: { 'application/json': [OpenAIErrorBody] },
    },
    {
      status: '5XX',
      description: 'Acme failed.',
      content: { 'application/json': [OpenAIErrorBody] },
    },
  ],
  operations: [
    {
      operationId: 'createChatCompletion',
      summary: 'Create a chat completion',
      vendorPath: ACME_VENDOR_PATH,
      gatewayPath: ACME_GATEWAY_PATH,
    },
  ],
  exampleRouteKey: 'acme-small',
  exports: { AcmeChatRequest, AcmeExtension },
}
