import type { TOptionalWithFlag, TSchema } from '@sinclair/typebox'
import * as Type from './json-type'
import type { LossKind } from './loss'

type ExtensionFields = Record<string, readonly [schema: TSchema, loss: LossKind | null]>

/**
 * An extension bag written as one table, each field's schema beside the loss kind of dropping it
 * (`null`: request context), split into the bag's (all optional) properties and its loss table
 * for `defineExtension`.
 */
export function splitExtensionFields<const Fields extends ExtensionFields>(fields: Fields) {
  const properties: Record<string, TSchema> = {}
  const losses: Record<string, LossKind | null> = {}
  for (const [key, [schema, loss]] of Object.entries(fields)) {
    properties[key] = Type.Optional(schema)
    losses[key] = loss
  }
  return {
    properties: properties as {
      -readonly [Key in keyof Fields]: TOptionalWithFlag<Fields[Key][0], true>
    },
    losses: losses as { -readonly [Key in keyof Fields]: Fields[Key][1] },
  }
}
