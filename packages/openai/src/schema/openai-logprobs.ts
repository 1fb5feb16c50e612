import { Nullish } from '@chatwire/core'
import { type Static, Type } from '@sinclair/typebox'

const bytes = Nullish(Type.Array(Type.Integer()))

export const OpenAITokenLogprob = Type.Object(
  {
    token: Type.String(),
    logprob: Type.Number(),
    bytes,
    top_logprobs: Type.Array(Type.Object({ token: Type.String(), logprob: Type.Number(), bytes })),
  },
  { $id: 'OpenAITokenLogprob' },
)
export type OpenAITokenLogprob = Static<typeof OpenAITokenLogprob>

export const OpenAILogprobs = Type.Object(
  {
    content: Nullish(Type.Array(OpenAITokenLogprob)),
    refusal: Nullish(Type.Array(OpenAITokenLogprob)),
  },
  { $id: 'OpenAILogprobs' },
)
export type OpenAILogprobs = Static<typeof OpenAILogprobs>
