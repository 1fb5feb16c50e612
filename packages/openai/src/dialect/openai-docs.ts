import type { DialectDocs } from '@chatwire/core'
import { Type } from '@sinclair/typebox'
import { describeOpenAISchemas } from '../docs'
import * as openai from '../index'
import { OpenAIChatChunk, OpenAIChatRequest, OpenAIChatResponse, OpenAIErrorBody } from '../index'
import { createOpenAIRequestExamples } from './openai-request-examples'

// The schemas the main entry exports carry no descriptions (they would weigh on every browser
// bundle); the documentation puts them back.
describeOpenAISchemas()

const CHAT_PATH = '/v1/chat/completions'

/** OpenAI Chat Completions, for the OpenAPI documents (reference/wire-formats.md §4). */
export const openaiDocs: DialectDocs = {
  tag: 'OpenAI',
  title: 'OpenAI Chat Completions',
  description:
    'The OpenAI Chat Completions API. Streams are data-only Server-Sent Events ending with ' +
    '`data: [DONE]`; an error inside a stream comes as `data: {"error": …}`.',
  apiVersion: 'v1',
  servers: [{ url: 'https://api.openai.com', description: 'OpenAI' }],
  security: [
    {
      name: 'openaiApiKey',
      scheme: {
        type: 'http',
        scheme: 'bearer',
        description: 'An OpenAI API key: `Authorization: Bearer sk-…`.',
      },
    },
  ],
  request: OpenAIChatRequest,
  response: OpenAIChatResponse,
  streamEvents: [{ data: [OpenAIChatChunk, OpenAIErrorBody], done: true }],
  streaming: 'stream-flag',
  errors: [
    {
      status: '4XX',
      description:
        'The request was rejected (400 invalid, 401 key, 403, 404 model, 429 rate limit).',
      content: { 'application/json': [OpenAIErrorBody] },
    },
    {
      status: '5XX',
      description: 'OpenAI failed, or a proxy in front of it answered with an HTML page.',
      content: {
        'application/json': [OpenAIErrorBody],
        'text/html': [Type.String({ description: 'An error page from a proxy.' })],
      },
    },
  ],
  operations: [
    {
      operationId: 'createChatCompletion',
      summary: 'Create a chat completion',
      vendorPath: CHAT_PATH,
      gatewayPath: CHAT_PATH,
      requestExamples: createOpenAIRequestExamples,
      parameters: [
        {
          name: 'OpenAI-Organization',
          in: 'header',
          description: 'The organization the request is billed to.',
          schema: Type.String(),
        },
        {
          name: 'OpenAI-Project',
          in: 'header',
          description: 'The project the request is billed to.',
          schema: Type.String(),
        },
      ],
    },
  ],
  exampleRouteKey: 'gpt-4o-mini',
  exports: openai,
}
