import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { createOctoAIChoice, createOctoAICompletionProperties } from './create-octoai-completion'
import { OctoAIUsage } from './octoai-usage'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OctoAIToolCallDelta = Type.Object(
  {
    index: Type.Integer({ minimum: 0 }),
    id: Nullish(Type.String()),
    type: Nullish(Type.Literal('function')),
    function: Nullish(
      Type.Object({
        name: Nullish(Type.String()),
        arguments: Nullish(Type.String()),
      }),
    ),
  },
  { $id: 'OctoAIToolCallDelta' },
)
export type OctoAIToolCallDelta = Static<typeof OctoAIToolCallDelta>

/** Real deltas repeat `role` and carry `"function_call": null` (reference §6.4). */
export const OctoAIChunkDelta = Type.Object(
  {
    role: Nullish(Type.String()),
    content: Nullish(Type.String()),
    tool_calls: Nullish(Type.Array(OctoAIToolCallDelta)),
    function_call: Type.Optional(Type.Null()),
  },
  { $id: 'OctoAIChunkDelta' },
)
export type OctoAIChunkDelta = Static<typeof OctoAIChunkDelta>

export const OctoAIChunkChoice = createOctoAIChoice(
  { index: Type.Integer({ minimum: 0 }), delta: OctoAIChunkDelta },
  'OctoAIChunkChoice',
)
export type OctoAIChunkChoice = Static<typeof OctoAIChunkChoice>

export const OctoAIChatChunk = Type.Object(
  createOctoAICompletionProperties(
    'chat.completion.chunk',
    OctoAIChunkChoice,
    Nullish(OctoAIUsage),
  ),
  { $id: 'OctoAIChatChunk' },
)
export type OctoAIChatChunk = Static<typeof OctoAIChatChunk>
