import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// The three error bodies an Elasticsearch server writes (wire-formats.md §3.5).

export const ElasticUnifiedErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.Optional(
        Type.String({ description: 'Lower-cased HTTP status name, or the provider code.' }),
      ),
      message: Type.String(),
      param: Type.Optional(Type.String()),
      type: Type.String({ description: 'ES exception name in snake_case, or the provider type.' }),
    }),
  },
  {
    $id: 'ElasticUnifiedErrorBody',
    description:
      'Errors of the unified chat_completion action, sent as `event: error` (before or during the stream).',
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
  { $id: 'ElasticErrorCause', description: 'One exception of an Elasticsearch error.' },
)
export type ElasticErrorCause = Static<typeof ElasticErrorCause>

export const ElasticStandardErrorBody = Type.Object(
  {
    error: Type.Object({
      root_cause: Type.Optional(Type.Array(ElasticErrorCause)),
      type: Type.String(),
      reason: Type.Optional(Type.String()),
      caused_by: Type.Optional(
        Type.Record(Type.String(), Type.Unknown(), {
          description: 'The exception that caused this one: `type`, `reason`, its own `caused_by`.',
        }),
      ),
    }),
    status: Type.Integer(),
  },
  {
    $id: 'ElasticStandardErrorBody',
    description: 'The standard Elasticsearch error (REST and security layers), `application/json`.',
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
    description: 'The Elasticsearch error when detailed errors are disabled.',
    examples: [{ error: 'ElasticsearchStatusException[Unknown inference endpoint]', status: 404 }],
  },
)
export type ElasticStringErrorBody = Static<typeof ElasticStringErrorBody>
