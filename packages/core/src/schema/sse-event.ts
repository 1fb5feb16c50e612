import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'

export const SseEvent = Type.Object(
  {
    event: Type.Optional(Type.String()),
    data: Type.String(),
    id: Type.Optional(Type.String()),
    retry: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  {
    $id: 'SseEvent',
    description: 'One Server-Sent Event as dispatched (data lines joined by LF).',
  },
)
export type SseEvent = Static<typeof SseEvent>
