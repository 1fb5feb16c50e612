import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const FriendliUsage = Type.Object(
  {
    prompt_tokens: Type.Integer({ minimum: 0 }),
    completion_tokens: Type.Integer({ minimum: 0 }),
    total_tokens: Type.Integer({
      minimum: 0,
    }),
    prompt_tokens_details: Nullish(
      Type.Object(
        {
          cached_tokens: Nullish(Type.Integer({ minimum: 0 })),
        },
        {},
      ),
    ),
  },
  { $id: 'FriendliUsage' },
)
export type FriendliUsage = Static<typeof FriendliUsage>
