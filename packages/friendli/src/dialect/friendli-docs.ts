import type { DialectDocs, ParameterDescriptor } from '@chatwire/core'
import { createOpenAIRequestExamples, openaiDialect } from '@chatwire/openai/dialect'
import { Type } from '@sinclair/typebox'
import { describeFriendliSchemas } from '../docs'
import * as friendli from '../index'
import {
  FriendliChatChunk,
  FriendliChatRequest,
  FriendliChatResponse,
  FriendliContainerChatRequest,
  FriendliErrorBody,
  FriendliNestedErrorBody,
  FriendliToolAssistedChatRequest,
  FriendliToolStatus,
  FriendliValidationErrorBody,
} from '../index'
import { createFriendliToolAssistedRequestExamples } from './friendli-request-examples'

// The schemas the main entry exports carry no descriptions (they would weigh on every browser
// bundle); the documentation puts them back.
describeFriendliSchemas()

const ERRORS = [FriendliErrorBody, FriendliNestedErrorBody]

const team: ParameterDescriptor = {
  name: 'X-Friendli-Team',
  in: 'header',
  description: 'The team the request is billed to.',
  schema: Type.String(),
}

// The fixtures of the tool-assisted endpoint, by this package's naming.
const isToolAssisted = (name: string) =>
  /tool-assisted|tool-status|tool-failure|token-events/.test(name)

/**
 * FriendliAI chat completions: serverless, dedicated and tool-assisted (reference §5), for the
 * OpenAPI documents.
 */
export const friendliDocs: DialectDocs = {
  tag: 'Friendli',
  title: 'FriendliAI Chat Completions',
  description:
    'FriendliAI serverless, dedicated and (beta) tool-assisted chat completions. ' +
    `${openaiDialect.title}-shaped ` +
    'data-only Server-Sent Events ending with `data: [DONE]`; the tool-assisted endpoint adds ' +
    '`event: tool_status` events for the built-in tools it runs (they are not tool calls).',
  apiVersion: 'v1',
  servers: [{ url: 'https://api.friendli.ai', description: 'FriendliAI' }],
  security: [
    {
      name: 'friendliToken',
      scheme: {
        type: 'http',
        scheme: 'bearer',
        description: 'A Friendli token (`FRIENDLI_TOKEN`, `flp_…`): `Authorization: Bearer …`.',
      },
    },
  ],
  request: FriendliChatRequest,
  response: FriendliChatResponse,
  streamEvents: [
    { data: [FriendliChatChunk, ...ERRORS], done: true },
    { event: 'token', data: [FriendliChatChunk] },
    { event: 'tool_status', data: [FriendliToolStatus] },
  ],
  streaming: 'stream-flag',
  errors: [
    {
      status: '422',
      description: 'The request failed validation (FastAPI style).',
      content: { 'application/json': [FriendliValidationErrorBody] },
    },
    {
      status: '4XX',
      description: 'The request was rejected (401 token, 404, 429 rate limit).',
      content: { 'application/json': ERRORS },
    },
    {
      status: '5XX',
      description: 'Friendli failed, or a proxy answered with an HTML page.',
      content: {
        'application/json': ERRORS,
        'text/html': [Type.String({ description: 'An error page from a proxy.' })],
      },
    },
  ],
  operations: [
    {
      operationId: 'serverlessChatCompletion',
      summary: 'Create a chat completion (serverless)',
      description: '`model` is a model code, e.g. `zai-org/GLM-5.2`.',
      vendorPath: '/serverless/v1/chat/completions',
      gatewayPath: '/friendli/serverless/v1/chat/completions',
      parameters: [team],
      requestExamples: createOpenAIRequestExamples,
      fixtures: (name) => !isToolAssisted(name),
    },
    {
      operationId: 'dedicatedChatCompletion',
      summary: 'Create a chat completion (dedicated endpoint)',
      description: '`model` is the endpoint id, or `ENDPOINT_ID:ADAPTER_ROUTE` for an adapter.',
      vendorPath: '/dedicated/v1/chat/completions',
      gatewayPath: '/friendli/dedicated/v1/chat/completions',
      parameters: [team],
      requestExamples: createOpenAIRequestExamples,
      fixtures: (name) => !isToolAssisted(name),
    },
    {
      operationId: 'toolAssistedChatCompletion',
      summary: 'Create a tool-assisted chat completion (serverless, beta)',
      description: 'Friendli runs the built-in tools (`web:search`, `math:calculator`, …) itself.',
      vendorPath: '/serverless/tools/v1/chat/completions',
      gatewayPath: '/friendli/serverless/tools/v1/chat/completions',
      parameters: [team],
      request: FriendliToolAssistedChatRequest,
      requestExamples: createFriendliToolAssistedRequestExamples,
      fixtures: isToolAssisted,
    },
    {
      operationId: 'containerChatCompletion',
      summary: 'Create a chat completion (Friendli Container, self-hosted)',
      description: '`model` is optional: it routes the request to an adapter.',
      vendorPath: '/v1/chat/completions',
      servers: [
        {
          url: 'http://{host}',
          description: 'Your Friendli Container',
          variables: { host: { default: 'localhost:8000' } },
        },
      ],
      request: FriendliContainerChatRequest,
      fixtures: () => false,
    },
  ],
  exampleRouteKey: 'meta-llama-3.1-8b-instruct',
  exports: friendli,
}
