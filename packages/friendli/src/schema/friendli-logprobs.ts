import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

const token = {
  token: Type.String({ description: 'The token.' }),
  logprob: Type.Number({ description: 'The log probability of this token.' }),
  bytes: Nullish(Type.Array(Type.Integer(), { description: 'UTF-8 bytes of the token.' })),
}

/** Like OpenAI's, without the `refusal` list (reference §5.3). */
export const FriendliLogprobs = Type.Object(
  {
    content: Nullish(
      Type.Array(
        Type.Object({
          ...token,
          top_logprobs: Type.Array(Type.Object(token), {
            description: 'The most likely tokens at this position.',
          }),
        }),
        { description: 'Log probabilities of the output tokens.' },
      ),
    ),
  },
  { $id: 'FriendliLogprobs', description: 'Log probability information for the choice.' },
)
export type FriendliLogprobs = Static<typeof FriendliLogprobs>
