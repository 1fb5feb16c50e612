import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

const token = Type.String({ description: 'The token (a prompt token for `loglikelihood`).' })
const logprob = Type.Number({ description: 'Its log probability.' })
const bytes = Nullish(Type.Array(Type.Integer(), { description: 'UTF-8 bytes of the token.' }))

export const OctoAILogprobsContent = Type.Object(
  {
    token,
    logprob,
    bytes,
    top_logprobs: Type.Optional(
      Type.Array(Type.Object({ token, logprob, bytes }), {
        description: 'List of top tokens info.',
      }),
    ),
  },
  { $id: 'OctoAILogprobsContent' },
)
export type OctoAILogprobsContent = Static<typeof OctoAILogprobsContent>

export const OctoAILogprobs = Type.Object(
  {
    content: Type.Optional(
      Type.Array(Type.Union([OctoAILogprobsContent, Type.Null()]), {
        description: 'Per-token log probabilities; items may be `null`.',
      }),
    ),
  },
  { $id: 'OctoAILogprobs', description: 'Log probabilities of the output tokens.' },
)
export type OctoAILogprobs = Static<typeof OctoAILogprobs>
