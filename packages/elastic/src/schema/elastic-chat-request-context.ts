import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const ElasticChatPathParams = Type.Object(
  {
    inference_id: Type.String({
      minLength: 1,
      description: 'The inference endpoint id; it selects the provider and model.',
      examples: ['openai-completion'],
    }),
  },
  {
    $id: 'ElasticChatPathParams',
    description: 'Path parameters of the chat_completion `_stream` API.',
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
        description:
          'How long to wait for the inference request to complete: a time unit (`30s`, `2m`), or `-1` / `0`.',
        examples: ['30s'],
      }),
    ),
  },
  {
    $id: 'ElasticChatQuery',
    description: 'Query parameters of the chat_completion `_stream` API.',
  },
)
export type ElasticChatQuery = Static<typeof ElasticChatQuery>
