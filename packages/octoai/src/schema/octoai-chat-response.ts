import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OctoAIChatMessage } from './octoai-chat-message'
import { OctoAIFinishReason } from './octoai-finish-reason'
import { OctoAILogprobs } from './octoai-logprobs'
import { OctoAIUsage } from './octoai-usage'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OctoAIChatResponseChoice = Type.Object(
  {
    index: Type.Integer(),
    message: OctoAIChatMessage,
    finish_reason: Nullish(OctoAIFinishReason),
    logprobs: Nullish(OctoAILogprobs),
  },
  { $id: 'OctoAIChatResponseChoice' },
)
export type OctoAIChatResponseChoice = Static<typeof OctoAIChatResponseChoice>

/** `ChatCompletionResponse`; real bodies also carry `system_fingerprint: null` and the like. */
export const OctoAIChatResponse = Type.Object(
  {
    id: Type.String(),
    object: Type.Optional(
      Type.Literal('chat.completion', {
        default: 'chat.completion',
      }),
    ),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(OctoAIChatResponseChoice),
    usage: OctoAIUsage,
  },
  { $id: 'OctoAIChatResponse' },
)
export type OctoAIChatResponse = Static<typeof OctoAIChatResponse>
