import type { TOptionalWithFlag, TSchema } from '@sinclair/typebox'
import * as Type from './json-type'
import type { LossKind } from './loss'

type ExtensionFields = Record<string, readonly [schema: TSchema, loss: LossKind | null]>

/**
 * An extension bag written as one table, each field's schema beside the loss kind of dropping it
 * (`null`: request context): the bag's schema (every field optional, named `$id`) and its loss
 * table, ready for `defineExtension`.
 */
export function createExtensionBag<const Fields extends ExtensionFields>(
  name: string,
  $id: string,
  fields: Fields,
) {
  const properties: Record<string, TSchema> = {}
  const losses: Record<string, LossKind | null> = {}
  for (const [key, [schema, loss]] of Object.entries(fields)) {
    properties[key] = Type.Optional(schema)
    losses[key] = loss
  }
  type Properties = { -readonly [Key in keyof Fields]: TOptionalWithFlag<Fields[Key][0], true> }
  return {
    name,
    schema: Type.Object(properties as Properties, { $id }),
    losses: losses as { -readonly [Key in keyof Fields]: Fields[Key][1] },
  }
}
