import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const FriendliUsage = Type.Object(
  {
    prompt_tokens: Type.Integer({ minimum: 0, description: 'Number of tokens in the prompt.' }),
    completion_tokens: Type.Integer({ minimum: 0, description: 'Number of generated tokens.' }),
    total_tokens: Type.Integer({
      minimum: 0,
      description: '`prompt_tokens` + `completion_tokens`.',
    }),
    prompt_tokens_details: Nullish(
      Type.Object(
        {
          cached_tokens: Nullish(
            Type.Integer({ minimum: 0, description: 'Cached tokens present in the prompt.' }),
          ),
        },
        { description: 'Breakdown of the prompt tokens.' },
      ),
    ),
  },
  { $id: 'FriendliUsage', description: 'Token counts of the request.' },
)
export type FriendliUsage = Static<typeof FriendliUsage>
