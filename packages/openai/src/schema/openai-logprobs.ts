import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions (kept in ../docs/openai-schema-descriptions.ts): OpenAI's API reference (openai/openai-openapi, `ChatCompletionTokenLogprob`).
const token = Type.String({})
const logprob = Type.Number({})
const bytes = Nullish(Type.Array(Type.Integer(), {}))

export const OpenAITokenLogprob = Type.Object(
  {
    token,
    logprob,
    bytes,
    top_logprobs: Type.Array(Type.Object({ token, logprob, bytes }, {}), {}),
  },
  { $id: 'OpenAITokenLogprob' },
)
export type OpenAITokenLogprob = Static<typeof OpenAITokenLogprob>

export const OpenAILogprobs = Type.Object(
  {
    content: Nullish(Type.Array(OpenAITokenLogprob, {})),
    refusal: Nullish(Type.Array(OpenAITokenLogprob, {})),
  },
  { $id: 'OpenAILogprobs' },
)
export type OpenAILogprobs = Static<typeof OpenAILogprobs>
