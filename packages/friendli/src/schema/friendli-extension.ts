import { createExtensionBag, defineExtension, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/friendli-schema-descriptions.json (kept out of browser bundles).
export const FriendliProduct = Type.Union([
  Type.Literal('serverless'),
  Type.Literal('dedicated'),
  Type.Literal('tools'),
  Type.Literal('container'),
])
export type FriendliProduct = Static<typeof FriendliProduct>

/**
 * The `friendli` extension bag: field → [schema, loss kind when another dialect drops it]
 * (`null`: request context).
 */
export const friendliExtension = defineExtension(
  createExtensionBag('friendli', 'FriendliExtension', {
    product: [FriendliProduct, null],
    team: [Type.String(), null],
    seeds: [Type.Array(Type.Integer()), 'semantic'],
  }),
)

export const FriendliExtension = friendliExtension.schema
export type FriendliExtension = Static<typeof FriendliExtension>
