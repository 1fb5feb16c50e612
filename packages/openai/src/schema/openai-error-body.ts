import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

/** The error envelope, also sent in-stream as `data: {"error":…}` (reference §4.5). */
export const OpenAIErrorBody = Type.Object(
  {
    error: Type.Object({
      message: Type.String(),
      type: Type.String({}),
      param: Type.Union([Type.String(), Type.Null()]),
      code: Type.Union([Type.String(), Type.Null()]),
    }),
  },
  { $id: 'OpenAIErrorBody' },
)
export type OpenAIErrorBody = Static<typeof OpenAIErrorBody>
