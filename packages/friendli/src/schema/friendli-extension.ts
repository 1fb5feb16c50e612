import { defineExtension, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/friendli-schema-descriptions.json (kept out of browser bundles).
export const FriendliProduct = Type.Union([
  Type.Literal('serverless'),
  Type.Literal('dedicated'),
  Type.Literal('tools'),
  Type.Literal('container'),
])
export type FriendliProduct = Static<typeof FriendliProduct>

export const FriendliExtension = Type.Object(
  {
    product: Type.Optional(FriendliProduct),
    team: Type.Optional(Type.String()),
    seeds: Type.Optional(Type.Array(Type.Integer())),
  },
  { $id: 'FriendliExtension' },
)
export type FriendliExtension = Static<typeof FriendliExtension>

/** The `friendli` extension bag and the loss kind of each field (`null`: request context). */
export const friendliExtension = defineExtension({
  name: 'friendli',
  schema: FriendliExtension,
  losses: {
    product: null,
    team: null,
    seeds: 'semantic',
  },
})
