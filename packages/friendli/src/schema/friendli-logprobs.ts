import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

const token = {
  token: Type.String({}),
  logprob: Type.Number({}),
  bytes: Nullish(Type.Array(Type.Integer(), {})),
}

/** Like the engine's, without the `refusal` list (reference §5.3). */
export const FriendliLogprobs = Type.Object(
  {
    content: Nullish(
      Type.Array(
        Type.Object({
          ...token,
          top_logprobs: Type.Array(Type.Object(token), {}),
        }),
        {},
      ),
    ),
  },
  { $id: 'FriendliLogprobs' },
)
export type FriendliLogprobs = Static<typeof FriendliLogprobs>
