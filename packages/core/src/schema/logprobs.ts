import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'

const bytes = Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()]))

export const TokenLogprob = Type.Object(
  {
    token: Type.String(),
    logprob: Type.Number(),
    bytes,
    topLogprobs: Type.Optional(
      Type.Array(Type.Object({ token: Type.String(), logprob: Type.Number(), bytes })),
    ),
  },
  { $id: 'TokenLogprob' },
)
export type TokenLogprob = Static<typeof TokenLogprob>

export const Logprobs = Type.Object(
  {
    content: Type.Optional(Type.Union([Type.Array(TokenLogprob), Type.Null()])),
    refusal: Type.Optional(Type.Union([Type.Array(TokenLogprob), Type.Null()])),
  },
  { $id: 'Logprobs' },
)
export type Logprobs = Static<typeof Logprobs>
