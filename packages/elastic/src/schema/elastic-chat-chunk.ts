import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.ts (describeElasticSchemas puts them back).

// What an Elasticsearch server streams (wire-formats.md §3.4; `StreamingUnifiedChatCompletionResults`
// in elastic/elasticsearch, SOURCES.md). Tolerant, as everything received from an upstream:
// unknown keys allowed, optional fields may be null.

const count = () => Type.Integer({ minimum: 0 })

export const ElasticChunkToolCall = Type.Object(
  {
    index: Type.Integer({
      minimum: 0,
    }),
    id: Nullish(Type.String()),
    function: Nullish(
      Type.Object({
        arguments: Nullish(Type.String()),
        name: Nullish(Type.String()),
      }),
    ),
    type: Nullish(Type.String()),
  },
  {
    $id: 'ElasticChunkToolCall',
  },
)
export type ElasticChunkToolCall = Static<typeof ElasticChunkToolCall>

export const ElasticChunkChoice = Type.Object(
  {
    delta: Type.Object({
      content: Nullish(Type.String()),
      refusal: Nullish(Type.String()),
      role: Nullish(Type.String()),
      reasoning: Nullish(Type.String()),
      tool_calls: Nullish(Type.Array(ElasticChunkToolCall)),
      reasoning_details: Nullish(Type.Array(Type.Record(Type.String(), Type.Unknown()))),
    }),
    finish_reason: Nullish(Type.String()),
    index: Type.Integer({ minimum: 0 }),
  },
  { $id: 'ElasticChunkChoice' },
)
export type ElasticChunkChoice = Static<typeof ElasticChunkChoice>

export const ElasticChunkUsage = Type.Object(
  {
    completion_tokens: count(),
    prompt_tokens: count(),
    total_tokens: count(),
    prompt_tokens_details: Nullish(
      Type.Object({
        cached_tokens: Nullish(count()),
      }),
    ),
    completion_tokens_details: Nullish(Type.Object({ reasoning_tokens: Nullish(count()) })),
  },
  { $id: 'ElasticChunkUsage' },
)
export type ElasticChunkUsage = Static<typeof ElasticChunkUsage>

export const ElasticChatChunk = Type.Object(
  {
    id: Type.String(),
    choices: Type.Array(ElasticChunkChoice),
    model: Nullish(Type.String()),
    object: Nullish(
      Type.String({
        examples: ['chat.completion.chunk'],
      }),
    ),
    usage: Nullish(ElasticChunkUsage),
  },
  {
    $id: 'ElasticChatChunk',
  },
)
export type ElasticChatChunk = Static<typeof ElasticChatChunk>

export const ElasticWrappedChatChunk = Type.Object(
  { chat_completion: ElasticChatChunk },
  {
    $id: 'ElasticWrappedChatChunk',
  },
)
export type ElasticWrappedChatChunk = Static<typeof ElasticWrappedChatChunk>
