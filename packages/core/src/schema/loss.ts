import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'

export const LossKind = Type.Union([Type.Literal('hint'), Type.Literal('semantic')], {
  description:
    '`hint`: a knob the target lacks, safe to drop. `semantic`: dropping it would change the answer.',
})
export type LossKind = Static<typeof LossKind>

export const Loss = Type.Object(
  {
    path: Type.String({
      description: 'Canonical field path, e.g. `topK` or `messages[1].content[0]`.',
    }),
    kind: LossKind,
    message: Type.String(),
  },
  { $id: 'Loss' },
)
export type Loss = Static<typeof Loss>
