import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.ts (describeElasticSchemas puts them back).

// The three error bodies an Elasticsearch server writes (wire-formats.md §3.5).

export const ElasticUnifiedErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.Optional(Type.String()),
      message: Type.String(),
      param: Type.Optional(Type.String()),
      type: Type.String(),
    }),
  },
  {
    $id: 'ElasticUnifiedErrorBody',
    examples: [
      {
        error: {
          code: 'not_found',
          message:
            'Received an unsuccessful status code for request from inference entity id [id] status [404]. Error message: [some error]',
          type: 'error',
        },
      },
    ],
  },
)
export type ElasticUnifiedErrorBody = Static<typeof ElasticUnifiedErrorBody>

export const ElasticErrorCause = Type.Object(
  { type: Type.String(), reason: Type.Optional(Type.String()) },
  { $id: 'ElasticErrorCause' },
)
export type ElasticErrorCause = Static<typeof ElasticErrorCause>

export const ElasticStandardErrorBody = Type.Object(
  {
    error: Type.Object({
      root_cause: Type.Optional(Type.Array(ElasticErrorCause)),
      type: Type.String(),
      reason: Type.Optional(Type.String()),
      caused_by: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
    status: Type.Integer(),
  },
  {
    $id: 'ElasticStandardErrorBody',
    examples: [
      {
        error: {
          root_cause: [
            {
              type: 'security_exception',
              reason:
                'missing authentication credentials for REST request [/_inference/chat_completion/x/_stream]',
            },
          ],
          type: 'security_exception',
          reason:
            'missing authentication credentials for REST request [/_inference/chat_completion/x/_stream]',
        },
        status: 401,
      },
    ],
  },
)
export type ElasticStandardErrorBody = Static<typeof ElasticStandardErrorBody>

export const ElasticStringErrorBody = Type.Object(
  { error: Type.String(), status: Type.Integer() },
  {
    $id: 'ElasticStringErrorBody',
    examples: [{ error: 'ElasticsearchStatusException[Unknown inference endpoint]', status: 404 }],
  },
)
export type ElasticStringErrorBody = Static<typeof ElasticStringErrorBody>
