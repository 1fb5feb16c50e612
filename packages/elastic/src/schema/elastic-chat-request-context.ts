import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.ts (describeElasticSchemas puts them back).

export const ElasticChatPathParams = Type.Object(
  {
    inference_id: Type.String({
      minLength: 1,
      examples: ['my-chat-endpoint'],
    }),
  },
  {
    $id: 'ElasticChatPathParams',
  },
)
export type ElasticChatPathParams = Static<typeof ElasticChatPathParams>

/** ES `TimeValue`: `-1`, `0`, or a whole number with a unit (`nanos` … `d`). */
export const ELASTIC_TIME_VALUE_PATTERN = '^(-1|0|[0-9]+(nanos|micros|ms|s|m|h|d))$'

export const ElasticChatQuery = Type.Object(
  {
    timeout: Type.Optional(
      Type.String({
        pattern: ELASTIC_TIME_VALUE_PATTERN,
        examples: ['30s'],
      }),
    ),
  },
  {
    $id: 'ElasticChatQuery',
  },
)
export type ElasticChatQuery = Static<typeof ElasticChatQuery>
