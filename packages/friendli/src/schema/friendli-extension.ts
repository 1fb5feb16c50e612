import { defineExtension, JsonObject, Type } from '@chatwire/core'
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
    minTokens: Type.Optional(Type.Integer({ minimum: 0 })),
    xtcThreshold: Type.Optional(Type.Number()),
    xtcProbability: Type.Optional(Type.Number()),
    eosToken: Type.Optional(Type.Array(Type.Integer())),
    chatTemplateKwargs: Type.Optional(JsonObject),
    parseReasoning: Type.Optional(Type.Boolean()),
    includeReasoning: Type.Optional(Type.Boolean()),
    reasoningBudget: Type.Optional(Type.Integer()),
    resumeGeneration: Type.Optional(Type.Boolean()),
    seeds: Type.Optional(
      Type.Array(Type.Integer(), { description: 'A `seed` list, one per `n`.' }),
    ),
  },
  { $id: 'FriendliExtension', description: 'Friendli-only request fields and context.' },
)
export type FriendliExtension = Static<typeof FriendliExtension>

/** The `friendli` extension bag and the loss kind of each field (`null`: request context). */
export const friendliExtension = defineExtension({
  name: 'friendli',
  schema: FriendliExtension,
  losses: {
    product: null,
    team: null,
    minTokens: 'hint',
    xtcThreshold: 'hint',
    xtcProbability: 'hint',
    eosToken: 'hint',
    chatTemplateKwargs: 'semantic',
    parseReasoning: 'hint',
    includeReasoning: 'hint',
    reasoningBudget: 'hint',
    resumeGeneration: 'hint',
    seeds: 'semantic',
  },
})
