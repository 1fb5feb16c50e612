import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { createOctoAIChoice, createOctoAICompletionProperties } from './create-octoai-completion'
import { OctoAIChatMessage } from './octoai-chat-message'
import { OctoAIUsage } from './octoai-usage'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OctoAIChatResponseChoice = createOctoAIChoice(
  { index: Type.Integer(), message: OctoAIChatMessage },
  'OctoAIChatResponseChoice',
)
export type OctoAIChatResponseChoice = Static<typeof OctoAIChatResponseChoice>

/** `ChatCompletionResponse`; real bodies also carry `system_fingerprint: null` and the like. */
export const OctoAIChatResponse = Type.Object(
  createOctoAICompletionProperties('chat.completion', OctoAIChatResponseChoice, OctoAIUsage),
  { $id: 'OctoAIChatResponse' },
)
export type OctoAIChatResponse = Static<typeof OctoAIChatResponse>
