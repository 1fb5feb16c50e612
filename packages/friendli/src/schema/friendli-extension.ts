import { defineExtension, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const FriendliProduct = Type.Union(
  [
    Type.Literal('serverless'),
    Type.Literal('dedicated'),
    Type.Literal('tools'),
    Type.Literal('container'),
  ],
  { description: 'Which Friendli endpoint family the request is for.' },
)
export type FriendliProduct = Static<typeof FriendliProduct>

export const FriendliExtension = Type.Object(
  {
    product: Type.Optional(FriendliProduct),
    team: Type.Optional(Type.String({ description: 'The `X-Friendli-Team` header.' })),
    seeds: Type.Optional(
      Type.Array(Type.Integer(), { description: 'A `seed` list, one per `n`.' }),
    ),
  },
  {
    $id: 'FriendliExtension',
    description: 'Friendli-only request fields and context (its shared knobs are in `compatible`).',
  },
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
