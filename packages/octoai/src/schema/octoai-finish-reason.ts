import { StringEnum } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OCTOAI_FINISH_REASONS = [
  'stop',
  'length',
  'tool_calls',
  'content_filter',
  'function_call',
  'cancelled',
] as const

export const OctoAIFinishReason = StringEnum(OCTOAI_FINISH_REASONS, {
  $id: 'OctoAIFinishReason',
})
export type OctoAIFinishReason = Static<typeof OctoAIFinishReason>
