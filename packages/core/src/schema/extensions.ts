import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'

/**
 * Knobs only one dialect has, in a bag named after the dialect that decoded them
 * (`extensions[name]`), so that a same-dialect round trip is lossless. Core knows no dialect:
 * each dialect package declares its bags (schema and loss kinds) with `defineExtension`, and
 * other encoders report the fields of a bag they do not own as losses.
 */
export const RequestExtensions = Type.Record(
  Type.String(),
  Type.Record(Type.String(), Type.Unknown()),
  {
    $id: 'RequestExtensions',
    description:
      'Fields only one dialect has, by the name of the dialect extension that holds them.',
  },
)
export type RequestExtensions = Static<typeof RequestExtensions>
