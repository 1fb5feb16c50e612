import type { DialectDocs } from '@chatwire/core'
import { createOpenAIRequestExamples, openaiDialect } from '@chatwire/openai/dialect'
import { Type } from '@sinclair/typebox'
import { describeOctoAISchemas } from '../docs'
import * as octoai from '../index'
import {
  OctoAIChatChunk,
  OctoAIChatRequest,
  OctoAIChatResponse,
  OctoAIErrorBody,
  OctoAIValidationError,
} from '../index'

// The schemas the main entry exports carry no descriptions (they would weigh on every browser
// bundle); the documentation puts them back.
describeOctoAISchemas()

/**
 * FastAPI's `HTTPException` body (`{"detail": "Not Found"}`), which OctoAI's server sent for
 * errors outside validation. Not exported by the main entry (yet), so described here.
 */
const OctoAIHttpErrorBody = Type.Object(
  { detail: Type.String({ description: 'What went wrong, e.g. `Not Found`.' }) },
  { $id: 'OctoAIHttpErrorBody', description: "FastAPI's error body for a failed route or auth." },
)

/**
 * OctoAI text-gen chat completions, a defunct service, from its last OpenAPI (reference §6), for
 * the OpenAPI documents.
 */
export const octoaiDocs: DialectDocs = {
  tag: 'OctoAI',
  title: 'OctoAI Chat Completions',
  description:
    'OctoAI text generation (shut down in October 2024; described from its final OpenAPI and ' +
    `SDK). ${openaiDialect.title}-shaped: data-only Server-Sent Events ending with \`data: [DONE]\`.`,
  apiVersion: '2024-08-30',
  servers: [{ url: 'https://text.octoai.run', description: 'OctoAI (no longer in service)' }],
  security: [
    {
      name: 'octoaiToken',
      scheme: {
        type: 'http',
        scheme: 'bearer',
        description: 'An OctoAI token (`OCTOAI_TOKEN`): `Authorization: Bearer …`.',
      },
    },
  ],
  request: OctoAIChatRequest,
  response: OctoAIChatResponse,
  streamEvents: [{ data: [OctoAIChatChunk, OctoAIErrorBody], done: true }],
  streaming: 'stream-flag',
  errors: [
    {
      status: '422',
      description: 'The request failed validation (FastAPI `HTTPValidationError`).',
      content: { 'application/json': [OctoAIValidationError] },
    },
    {
      status: '4XX',
      description: 'The request was rejected (401 token, 404, 429 rate limit).',
      content: {
        'application/json': [OctoAIErrorBody, OctoAIHttpErrorBody],
        'text/plain': [Type.String({ description: 'A rate limiter note.' })],
      },
    },
    {
      status: '5XX',
      description: 'OctoAI failed (its `ErrorResponse`), or a proxy answered with an HTML page.',
      content: {
        'application/json': [OctoAIErrorBody],
        'text/html': [Type.String({ description: 'An error page from a proxy.' })],
      },
    },
  ],
  operations: [
    {
      operationId: 'createChatCompletion',
      summary: 'Create a chat completion',
      vendorPath: '/v1/chat/completions',
      gatewayPath: '/octoai/v1/chat/completions',
      requestExamples: createOpenAIRequestExamples,
    },
  ],
  exampleRouteKey: 'meta-llama-3.1-8b-instruct',
  exports: { ...octoai, OctoAIHttpErrorBody },
}
