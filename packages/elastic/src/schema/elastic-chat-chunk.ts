import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// What an Elasticsearch server streams (wire-formats.md §3.4; `StreamingUnifiedChatCompletionResults`
// in elastic/elasticsearch, SOURCES.md). Tolerant, as everything received from an upstream:
// unknown keys allowed, optional fields may be null.

const count = (description: string) => Type.Integer({ minimum: 0, description })

export const ElasticChunkToolCall = Type.Object(
  {
    index: Type.Integer({
      minimum: 0,
      description: 'Position of the tool call in the message; fragments share it.',
    }),
    id: Nullish(
      Type.String({ description: 'The tool call id, on the first fragment of a call only.' }),
    ),
    function: Nullish(
      Type.Object(
        {
          arguments: Nullish(
            Type.String({ description: 'A fragment of the JSON arguments; concatenate them.' }),
          ),
          name: Nullish(
            Type.String({ description: 'The function name, on the first fragment only.' }),
          ),
        },
        { description: 'The function being called (omitted when the fragment has neither).' },
      ),
    ),
    type: Nullish(
      Type.String({
        description: '`function` on the first fragment; written as `null` on continuations.',
      }),
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
    delta: Type.Object(
      {
        content: Nullish(
          Type.String({ description: 'A fragment of the text; omitted when none.' }),
        ),
        refusal: Nullish(
          Type.String({ description: 'A fragment of a refusal message; omitted when none.' }),
        ),
        role: Nullish(
          Type.String({ description: 'The author role, `assistant`, on the first chunk.' }),
        ),
        reasoning: Nullish(
          Type.String({
            description:
              'A fragment of the model reasoning text (newer servers, reasoning models); omitted when none.',
          }),
        ),
        tool_calls: Nullish(
          Type.Array(ElasticChunkToolCall, {
            description: 'Tool call fragments; omitted when none.',
          }),
        ),
        reasoning_details: Nullish(
          Type.Array(Type.Record(Type.String(), Type.Unknown()), {
            description:
              'Structured reasoning (`reasoning.text`, `reasoning.summary`, `reasoning.encrypted` objects) from newer servers. chatwire carries them as an `elastic` `reasoning_details` extension part.',
          }),
        ),
      },
      { description: 'What this chunk adds to the message.' },
    ),
    finish_reason: Nullish(
      Type.String({ description: 'Omitted until set; the provider value, not normalised.' }),
    ),
    index: Type.Integer({ minimum: 0, description: 'The choice index; always 0 (ES forces one).' }),
  },
  { $id: 'ElasticChunkChoice', description: 'One choice; ES forces `n: 1`, so index 0.' },
)
export type ElasticChunkChoice = Static<typeof ElasticChunkChoice>

export const ElasticChunkUsage = Type.Object(
  {
    completion_tokens: count('Tokens generated.'),
    prompt_tokens: count('Tokens in the prompt.'),
    total_tokens: count('Prompt plus completion tokens.'),
    prompt_tokens_details: Nullish(
      Type.Object(
        {
          cached_tokens: Nullish(count('Prompt tokens served from the provider cache.')),
        },
        { description: 'Newer servers: prompt token details. ES knows no cache-write count.' },
      ),
    ),
    completion_tokens_details: Nullish(
      Type.Object(
        { reasoning_tokens: Nullish(count('Completion tokens spent on reasoning.')) },
        { description: 'Newer servers: completion token details.' },
      ),
    ),
  },
  { $id: 'ElasticChunkUsage', description: 'Token usage, on the last chunk (`choices: []`).' },
)
export type ElasticChunkUsage = Static<typeof ElasticChunkUsage>

export const ElasticChatChunk = Type.Object(
  {
    id: Type.String({ description: 'The id of the completion; the same on every chunk.' }),
    choices: Type.Array(ElasticChunkChoice, { description: '`[]` on the usage chunk.' }),
    model: Nullish(Type.String({ description: 'The model the provider used.' })),
    object: Nullish(
      Type.String({
        description: 'Always `chat.completion.chunk`.',
        examples: ['chat.completion.chunk'],
      }),
    ),
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
