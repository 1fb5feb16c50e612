import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: OpenAI's API reference (openai/openai-openapi, `ChatCompletionTokenLogprob`).
const token = Type.String({ description: 'The token.' })
const logprob = Type.Number({
  description: 'The log probability of the token; -9999.0 when it is very unlikely.',
})
const bytes = Nullish(
  Type.Array(Type.Integer(), {
    description: 'The UTF-8 bytes of the token (a character may span several tokens).',
  }),
)

export const OpenAITokenLogprob = Type.Object(
  {
    token,
    logprob,
    bytes,
    top_logprobs: Type.Array(
      Type.Object({ token, logprob, bytes }, { description: 'An alternative token.' }),
      { description: 'The most likely tokens at this position (`top_logprobs` of them).' },
    ),
  },
  { $id: 'OpenAITokenLogprob', description: 'A generated token and its log probability.' },
)
export type OpenAITokenLogprob = Static<typeof OpenAITokenLogprob>

export const OpenAILogprobs = Type.Object(
  {
    content: Nullish(
      Type.Array(OpenAITokenLogprob, { description: 'Log probabilities of the content tokens.' }),
    ),
    refusal: Nullish(
      Type.Array(OpenAITokenLogprob, { description: 'Log probabilities of the refusal tokens.' }),
    ),
  },
  { $id: 'OpenAILogprobs', description: 'Log probability information of the choice.' },
)
export type OpenAILogprobs = Static<typeof OpenAILogprobs>
