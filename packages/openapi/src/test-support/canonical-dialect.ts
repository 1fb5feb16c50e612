import * as core from '@chatwire/core'
import { ChatChunk, ChatError, ChatRequest, ChatResponse, TextPart } from '@chatwire/core'
import { Type } from '@sinclair/typebox'
import type { DocumentedDialect } from '../dialect/list-documented-dialects'
import type { DialectExamples } from '../examples/dialect-examples'

/**
 * A made-up dialect that speaks chatwire's canonical model over HTTP: it drives the document
 * builders in tests independently of the vendor packages (its name and docs are all they read).
 */
export const canonicalDialect: DocumentedDialect = {
  name: 'canonical',
  docs: {
    tag: 'Canonical',
    title: 'chatwire canonical chat completions',
    description: 'The canonical model on the wire (test dialect).',
    apiVersion: '1',
    servers: [{ url: 'https://canonical.example' }],
    security: [{ name: 'canonicalBearer', scheme: { type: 'http', scheme: 'bearer' } }],
    request: ChatRequest,
    response: ChatResponse,
    streamEvents: [
      { data: [ChatChunk], done: true },
      { event: 'error', data: [Type.Object({ error: ChatError })] },
    ],
    streaming: 'stream-flag',
    errors: [
      {
        status: '4XX',
        description: 'A client error.',
        content: { 'application/json': [ChatError] },
      },
      {
        status: '5XX',
        description: 'A server error.',
        content: { 'application/json': [ChatError], 'text/plain': [Type.String()] },
        stream: true,
      },
    ],
    operations: [
      {
        operationId: 'createChatCompletion',
        summary: 'Create a chat completion',
        vendorPath: '/v1/chat',
        gatewayPath: '/canonical/v1/chat',
        fixtures: (name) => !name.startsWith('text-'),
        parameters: [
          {
            name: 'x-team',
            in: 'header',
            description: 'Team id.',
            schema: Type.String(),
          },
        ],
      },
      {
        operationId: 'createTextCompletion',
        summary: 'Create a chat completion with text parts only',
        vendorPath: '/v1/text/{deployment}',
        gatewayPath: '/canonical/v1/text/{deployment}',
        parameters: [
          {
            name: 'deployment',
            in: 'path',
            required: true,
            description: 'Deployment id.',
            schema: Type.String(),
            example: 'main',
          },
        ],
        request: Type.Object({ parts: Type.Array(TextPart) }, { $id: 'CanonicalTextRequest' }),
        fixtures: (name) => name.startsWith('text-'),
      },
      {
        operationId: 'createLocalChatCompletion',
        summary: 'Create a chat completion on a self-hosted server (not behind the gateway)',
        vendorPath: '/local/v1/chat',
        servers: [{ url: 'http://localhost:8000' }],
        fixtures: () => false,
      },
    ],
    exports: core,
  },
}

export const canonicalExamples: DialectExamples = {
  requests: [
    { name: 'hello', value: { model: 'm', messages: [{ role: 'user', content: 'Hi' }] } },
    { name: 'text-parts', value: { parts: [{ type: 'text', text: 'Hi' }] } },
  ],
  responses: [
    {
      name: 'hello',
      value: {
        id: 'r1',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'Hello!' },
            finishReason: { unified: 'stop' },
          },
        ],
      },
    },
  ],
  streams: [
    {
      name: 'hello',
      value:
        'data: {"type":"chunk","id":"r1","choices":[{"index":0,"delta":{"content":"Hi"}}]}\n\n' +
        'data: [DONE]\n\n',
    },
  ],
  errors: [
    {
      name: 'bad-request',
      value: {
        status: 400,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: '{"kind":"invalid_request","status":400,"message":"messages is required"}',
      },
    },
    {
      name: 'overloaded',
      value: { status: 503, headers: { 'content-type': 'text/plain' }, body: 'busy' },
    },
  ],
}
