import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'
import { StringEnum } from './schema-helpers'

export const UNIFIED_FINISH_REASONS = [
  'stop',
  'length',
  'tool-calls',
  'content-filter',
  'error',
  'other',
] as const

export const FinishReason = Type.Object(
  {
    unified: StringEnum(UNIFIED_FINISH_REASONS, { description: 'Vendor-independent value.' }),
    raw: Type.Optional(Type.String({ description: 'The vendor value as sent, e.g. `cancelled`.' })),
  },
  { $id: 'FinishReason' },
)
export type FinishReason = Static<typeof FinishReason>
export type UnifiedFinishReason = FinishReason['unified']
