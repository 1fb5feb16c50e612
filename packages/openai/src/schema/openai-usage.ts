import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: OpenAI's API reference (openai/openai-openapi, `CompletionUsage`).
const count = (description: string) => Nullish(Type.Integer({ description }))

export const OpenAIUsage = Type.Object(
  {
    prompt_tokens: Type.Integer({ description: 'Tokens in the prompt.' }),
    completion_tokens: Type.Integer({ description: 'Tokens in the generated completion.' }),
    total_tokens: Type.Integer({ description: 'Prompt plus completion tokens.' }),
    prompt_tokens_details: Nullish(
      Type.Object(
        {
          cached_tokens: count('Prompt tokens read from the prompt cache.'),
          audio_tokens: count('Audio input tokens.'),
          cache_write_tokens: count('Prompt tokens written to the prompt cache.'),
          image_tokens: count('Image input tokens.'),
          text_tokens: count('Text input tokens.'),
        },
        { description: 'Breakdown of the prompt tokens.' },
      ),
    ),
    completion_tokens_details: Nullish(
      Type.Object(
        {
          reasoning_tokens: count('Tokens the model spent reasoning.'),
          audio_tokens: count('Audio tokens the model generated.'),
          accepted_prediction_tokens: count('Predicted Output tokens that appeared.'),
          rejected_prediction_tokens: count(
            'Predicted Output tokens that did not appear (billed like completion tokens).',
          ),
          text_tokens: count('Text tokens the model generated.'),
        },
        { description: 'Breakdown of the completion tokens.' },
      ),
    ),
  },
  { $id: 'OpenAIUsage', description: 'Token usage of the request.' },
)
export type OpenAIUsage = Static<typeof OpenAIUsage>
