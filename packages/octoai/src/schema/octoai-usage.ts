import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const OctoAIUsage = Type.Object(
  {
    completion_tokens: Type.Integer(),
    prompt_tokens: Type.Integer(),
    total_tokens: Type.Integer(),
  },
  { $id: 'OctoAIUsage' },
)
export type OctoAIUsage = Static<typeof OctoAIUsage>
