import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const OctoAIUsage = Type.Object(
  {
    completion_tokens: Type.Integer({ description: 'Tokens generated.' }),
    prompt_tokens: Type.Integer({ description: 'Tokens in the prompt.' }),
    total_tokens: Type.Integer({ description: 'Prompt plus completion tokens.' }),
  },
  { $id: 'OctoAIUsage', description: 'Token usage statistics (`UsageStats`).' },
)
export type OctoAIUsage = Static<typeof OctoAIUsage>
