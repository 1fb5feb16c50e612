import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'

const count = Type.Optional(Type.Integer({ minimum: 0 }))

export const Usage = Type.Object(
  {
    promptTokens: Type.Integer({ minimum: 0 }),
    completionTokens: Type.Integer({ minimum: 0 }),
    totalTokens: Type.Integer({ minimum: 0 }),
    promptTokensDetails: Type.Optional(
      Type.Object({
        cachedTokens: count,
        audioTokens: count,
        cacheWriteTokens: count,
        imageTokens: count,
        textTokens: count,
      }),
    ),
    completionTokensDetails: Type.Optional(
      Type.Object({
        reasoningTokens: count,
        audioTokens: count,
        acceptedPredictionTokens: count,
        rejectedPredictionTokens: count,
        textTokens: count,
      }),
    ),
  },
  { $id: 'Usage', description: 'Token usage, with the optional detail counters.' },
)
export type Usage = Static<typeof Usage>
