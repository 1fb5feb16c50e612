import { Nullish } from '@chatwire/core'
import { type Static, Type } from '@sinclair/typebox'
import { OctoAIFinishReason } from './octoai-finish-reason'
import { OctoAILogprobs } from './octoai-logprobs'
import { OctoAIUsage } from './octoai-usage'

export const OctoAIToolCallDelta = Type.Object(
  {
    index: Type.Integer({ minimum: 0, description: 'Which tool call this fragment extends.' }),
    id: Nullish(Type.String()),
    type: Nullish(Type.Literal('function')),
    function: Nullish(
      Type.Object({
        name: Nullish(Type.String({ description: 'A fragment of the function name.' })),
        arguments: Nullish(Type.String({ description: 'A fragment of the arguments text.' })),
      }),
    ),
  },
  { $id: 'OctoAIToolCallDelta', description: 'A fragment of a streamed tool call.' },
)
export type OctoAIToolCallDelta = Static<typeof OctoAIToolCallDelta>

/** Real deltas repeat `role` and carry `"function_call": null` (reference §6.4). */
export const OctoAIChunkDelta = Type.Object(
  {
    role: Nullish(Type.String({ description: 'Repeated on every delta by OctoAI.' })),
    content: Nullish(Type.String({ description: '`null` on the first chunk.' })),
    tool_calls: Nullish(Type.Array(OctoAIToolCallDelta)),
  },
  { $id: 'OctoAIChunkDelta' },
)
export type OctoAIChunkDelta = Static<typeof OctoAIChunkDelta>

export const OctoAIChunkChoice = Type.Object(
  {
    index: Type.Integer({ minimum: 0 }),
    delta: OctoAIChunkDelta,
    finish_reason: Nullish(OctoAIFinishReason),
    logprobs: Nullish(OctoAILogprobs),
  },
  { $id: 'OctoAIChunkChoice' },
)
export type OctoAIChunkChoice = Static<typeof OctoAIChunkChoice>

export const OctoAIChatChunk = Type.Object(
  {
    id: Type.String({ description: 'The same for every chunk of one completion.' }),
    object: Type.Optional(
      Type.Literal('chat.completion.chunk', {
        default: 'chat.completion.chunk',
        description: 'Missing on the first chunk OctoAI sends.',
      }),
    ),
    created: Type.Integer({ description: 'Unix seconds.' }),
    model: Type.String(),
    choices: Type.Array(OctoAIChunkChoice),
    usage: Nullish(OctoAIUsage),
  },
  { $id: 'OctoAIChatChunk', description: 'One streamed chunk (`ChatCompletionChunk`).' },
)
export type OctoAIChatChunk = Static<typeof OctoAIChatChunk>
