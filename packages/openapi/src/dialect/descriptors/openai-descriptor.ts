import * as openai from '@chatwire/openai'
import {
  OpenAIChatChunk,
  OpenAIChatRequest,
  OpenAIChatResponse,
  OpenAIErrorBody,
} from '@chatwire/openai'
import { describeOpenAISchemas } from '@chatwire/openai/docs'
import { Type } from '@sinclair/typebox'
import { createChatRequestExamples } from '../../examples/create-chat-request-examples'
import type { DialectDescriptor } from '../dialect-descriptor'

// The schemas @chatwire/openai exports carry no descriptions (they would weigh on every browser
// bundle); the documentation puts them back.
describeOpenAISchemas()

const CHAT_PATH = '/v1/chat/completions'

/** OpenAI Chat Completions (reference/wire-formats.md §4). */
export const openaiDescriptor: DialectDescriptor = {
  dialect: 'openai',
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
      requestExamples: createChatRequestExamples,
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
