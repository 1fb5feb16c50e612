import { defineExtension, splitExtensionFields, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/friendli-schema-descriptions.json (kept out of browser bundles).
export const FriendliProduct = Type.Union([
  Type.Literal('serverless'),
  Type.Literal('dedicated'),
  Type.Literal('tools'),
  Type.Literal('container'),
])
export type FriendliProduct = Static<typeof FriendliProduct>

// field → [schema, loss kind when another dialect drops it] (`null`: request context).
const friendliFields = splitExtensionFields({
  product: [FriendliProduct, null],
  team: [Type.String(), null],
  seeds: [Type.Array(Type.Integer()), 'semantic'],
})

export const FriendliExtension = Type.Object(friendliFields.properties, {
  $id: 'FriendliExtension',
})
export type FriendliExtension = Static<typeof FriendliExtension>

/** The `friendli` extension bag and the loss kind of each field. */
export const friendliExtension = defineExtension({
  name: 'friendli',
  schema: FriendliExtension,
  losses: friendliFields.losses,
})
