import type { DialectDocs, ParameterDescriptor } from '@chatwire/core'
import type { TSchema } from '@sinclair/typebox'
import { describeElasticSchemas } from '../docs'
import * as elastic from '../index'
import {
  ElasticChatChunk,
  ElasticChatPathParams,
  ElasticChatQuery,
  ElasticChatRequest,
  ElasticStandardErrorBody,
  ElasticStringErrorBody,
  ElasticUnifiedErrorBody,
  ElasticWrappedChatChunk,
} from '../index'
import { createElasticRequestExamples } from './elastic-request-examples'

// The schemas the main entry exports carry no descriptions (they would weigh on every browser
// bundle); the documentation puts them back.
describeElasticSchemas()

const ES_ERRORS = [ElasticStandardErrorBody, ElasticStringErrorBody]

const { inference_id: inferenceId } = ElasticChatPathParams.properties
const { timeout } = ElasticChatQuery.properties

/** A parameter's example: the first of its schema's. */
const exampleOf = (schema: TSchema) => String((schema.examples as readonly unknown[])[0])

const parameters: ParameterDescriptor[] = [
  {
    name: 'inference_id',
    in: 'path',
    required: true,
    description: inferenceId.description!,
    schema: inferenceId,
    example: exampleOf(inferenceId),
    routeKey: true,
  },
  {
    name: 'timeout',
    in: 'query',
    description: timeout.description!,
    schema: timeout,
    example: exampleOf(timeout),
  },
]

/**
 * Elastic Inference unified `chat_completion` as Elasticsearch 8.18 serves it, for the OpenAPI
 * documents (reference §3).
 */
export const elasticDocs: DialectDocs = {
  tag: 'Elastic',
  title: 'Elastic Inference unified chat_completion',
  description:
    'Elasticsearch `_inference` chat completion (8.18). Always streamed: every event is preceded ' +
    'by a UTF-8 BOM, chunks are sent bare (the documented `{"chat_completion": …}` wrapper is ' +
    'accepted too), `event: error` ends a failed stream without `[DONE]`.',
  apiVersion: '8.18',
  servers: [
    {
      url: 'https://{host}',
      description: 'Your Elasticsearch cluster or Elastic Cloud deployment',
      variables: { host: { default: 'localhost:9200' } },
    },
  ],
  security: [
    {
      name: 'elasticApiKey',
      scheme: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: 'An Elasticsearch API key: `Authorization: ApiKey <base64(id:api_key)>`.',
      },
    },
    { name: 'elasticBasic', scheme: { type: 'http', scheme: 'basic' } },
    { name: 'elasticBearer', scheme: { type: 'http', scheme: 'bearer' } },
  ],
  request: ElasticChatRequest,
  responseFixtures: [ElasticChatChunk, ElasticWrappedChatChunk],
  streamEvents: [
    { event: 'message', data: [ElasticChatChunk, ElasticWrappedChatChunk], done: true },
    { event: 'error', data: [ElasticUnifiedErrorBody, ...ES_ERRORS] },
  ],
  streaming: 'always',
  errors: [
    {
      status: '4XX',
      description:
        'Rejected before the stream: one `event: error` (provider 5xx errors arrive as 400), or a ' +
        'standard Elasticsearch JSON error from the REST and security layers.',
      content: { 'application/json': ES_ERRORS },
      stream: true,
    },
    {
      status: '5XX',
      description: 'Elasticsearch failed.',
      content: { 'application/json': ES_ERRORS },
      stream: true,
    },
  ],
  operations: [
    {
      operationId: 'chatCompletionStream',
      summary: 'Perform chat completion inference (streaming)',
      vendorPath: '/_inference/chat_completion/{inference_id}/_stream',
      gatewayPath: '/_inference/chat_completion/{inference_id}/_stream',
      parameters,
      requestExamples: createElasticRequestExamples,
    },
    {
      operationId: 'inferenceStream',
      summary: 'Perform streaming inference on a chat_completion endpoint',
      description: 'The same API, for an endpoint whose task type is `chat_completion`.',
      vendorPath: '/_inference/{inference_id}/_stream',
      gatewayPath: '/_inference/{inference_id}/_stream',
      parameters,
      requestExamples: createElasticRequestExamples,
      fixtures: () => false,
    },
  ],
  excludedFixtures: {
    'elastic-seed-malformed-error':
      "the docs' transcript, whose second event is not JSON: a decoder input, not an example",
  },
  exampleRouteKey: exampleOf(inferenceId),
  exports: elastic,
}
