import { Nullish } from '@chatwire/core'
import { type Static, Type } from '@sinclair/typebox'

// What an Elasticsearch server streams (wire-formats.md §3.4). Tolerant, as everything received
// from an upstream: unknown keys allowed, optional fields may be null.

const count = Type.Integer({ minimum: 0 })

export const ElasticChunkToolCall = Type.Object(
  {
    index: Type.Integer({ minimum: 0 }),
    id: Nullish(Type.String()),
    function: Nullish(
      Type.Object({ arguments: Nullish(Type.String()), name: Nullish(Type.String()) }),
    ),
    type: Nullish(
      Type.String({ description: 'Written as `null` on continuation deltas by the server.' }),
    ),
  },
  {
    $id: 'ElasticChunkToolCall',
    description: 'A fragment of a tool call; concatenate by `index`.',
  },
)
export type ElasticChunkToolCall = Static<typeof ElasticChunkToolCall>

export const ElasticChunkChoice = Type.Object(
  {
    delta: Type.Object({
      content: Nullish(Type.String({ description: 'A fragment of the text; omitted when none.' })),
      refusal: Nullish(Type.String()),
      role: Nullish(Type.String()),
      tool_calls: Nullish(Type.Array(ElasticChunkToolCall)),
    }),
    finish_reason: Nullish(
      Type.String({ description: 'Omitted until set; the provider value, not normalised.' }),
    ),
    index: Type.Integer({ minimum: 0 }),
  },
  { $id: 'ElasticChunkChoice', description: 'One choice; ES forces `n: 1`, so index 0.' },
)
export type ElasticChunkChoice = Static<typeof ElasticChunkChoice>

export const ElasticChunkUsage = Type.Object(
  {
    completion_tokens: count,
    prompt_tokens: count,
    total_tokens: count,
    prompt_tokens_details: Nullish(Type.Object({ cached_tokens: Nullish(count) })),
    completion_tokens_details: Nullish(Type.Object({ reasoning_tokens: Nullish(count) })),
  },
  { $id: 'ElasticChunkUsage', description: 'Token usage, on the last chunk (`choices: []`).' },
)
export type ElasticChunkUsage = Static<typeof ElasticChunkUsage>

export const ElasticChatChunk = Type.Object(
  {
    id: Type.String(),
    choices: Type.Array(ElasticChunkChoice, { description: '`[]` on the usage chunk.' }),
    model: Nullish(Type.String()),
    object: Nullish(Type.String({ examples: ['chat.completion.chunk'] })),
    usage: Nullish(ElasticChunkUsage),
  },
  {
    $id: 'ElasticChatChunk',
    description:
      'The `data` of one `event: message`, bare as the server sends it (no `created`, no `logprobs`).',
  },
)
export type ElasticChatChunk = Static<typeof ElasticChatChunk>

export const ElasticWrappedChatChunk = Type.Object(
  { chat_completion: ElasticChatChunk },
  {
    $id: 'ElasticWrappedChatChunk',
    description: 'The documented (not sent by the server) form: a chunk under `chat_completion`.',
  },
)
export type ElasticWrappedChatChunk = Static<typeof ElasticWrappedChatChunk>
