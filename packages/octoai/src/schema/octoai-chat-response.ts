import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OctoAIChatMessage } from './octoai-chat-message'
import { OctoAIFinishReason } from './octoai-finish-reason'
import { OctoAILogprobs } from './octoai-logprobs'
import { OctoAIUsage } from './octoai-usage'

export const OctoAIChatResponseChoice = Type.Object(
  {
    index: Type.Integer({ description: 'The choice index.' }),
    message: OctoAIChatMessage,
    finish_reason: Nullish(OctoAIFinishReason),
    logprobs: Nullish(OctoAILogprobs),
  },
  { $id: 'OctoAIChatResponseChoice', description: 'One completion choice.' },
)
export type OctoAIChatResponseChoice = Static<typeof OctoAIChatResponseChoice>

/** `ChatCompletionResponse`; real bodies also carry `system_fingerprint: null` and the like. */
export const OctoAIChatResponse = Type.Object(
  {
    id: Type.String({ description: 'A unique id for the completion.' }),
    object: Type.Optional(
      Type.Literal('chat.completion', {
        default: 'chat.completion',
        description: 'Object type field which is a constant and preset.',
      }),
    ),
    created: Type.Integer({ description: 'Unix seconds when the completion was created.' }),
    model: Type.String({ description: 'The model used.' }),
    choices: Type.Array(OctoAIChatResponseChoice, { description: 'One choice per `n`.' }),
    usage: OctoAIUsage,
  },
  { $id: 'OctoAIChatResponse', description: 'A whole OctoAI chat completion.' },
)
export type OctoAIChatResponse = Static<typeof OctoAIChatResponse>
