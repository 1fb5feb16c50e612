import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OctoAIUsage = Type.Object(
  {
    completion_tokens: Type.Integer(),
    prompt_tokens: Type.Integer(),
    total_tokens: Type.Integer(),
  },
  { $id: 'OctoAIUsage' },
)
export type OctoAIUsage = Static<typeof OctoAIUsage>
