import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions (kept in ../docs/openai-schema-descriptions.ts): OpenAI's API reference (openai/openai-openapi, `CompletionUsage`).
const count = () => Nullish(Type.Integer({}))

export const OpenAIUsage = Type.Object(
  {
    prompt_tokens: Type.Integer({}),
    completion_tokens: Type.Integer({}),
    total_tokens: Type.Integer({}),
    prompt_tokens_details: Nullish(
      Type.Object(
        {
          cached_tokens: count(),
          audio_tokens: count(),
          cache_write_tokens: count(),
          image_tokens: count(),
          text_tokens: count(),
        },
        {},
      ),
    ),
    completion_tokens_details: Nullish(
      Type.Object(
        {
          reasoning_tokens: count(),
          audio_tokens: count(),
          accepted_prediction_tokens: count(),
          rejected_prediction_tokens: count(),
          text_tokens: count(),
        },
        {},
      ),
    ),
  },
  { $id: 'OpenAIUsage' },
)
export type OpenAIUsage = Static<typeof OpenAIUsage>
