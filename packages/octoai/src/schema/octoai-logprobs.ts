import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

const token = Type.String()
const logprob = Type.Number()
const bytes = Nullish(Type.Array(Type.Integer()))

export const OctoAILogprobsContent = Type.Object(
  {
    token,
    logprob,
    bytes,
    top_logprobs: Type.Optional(Type.Array(Type.Object({ token, logprob, bytes }))),
  },
  { $id: 'OctoAILogprobsContent' },
)
export type OctoAILogprobsContent = Static<typeof OctoAILogprobsContent>

export const OctoAILogprobs = Type.Object(
  {
    content: Type.Optional(Type.Array(Type.Union([OctoAILogprobsContent, Type.Null()]))),
  },
  { $id: 'OctoAILogprobs' },
)
export type OctoAILogprobs = Static<typeof OctoAILogprobs>
