import { defineExtension, JsonObject, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.json (describeElasticSchemas puts them back).

export const ElasticExtension = Type.Object(
  {
    inferenceId: Type.Optional(Type.String()),
    timeout: Type.Optional(Type.String()),
    reasoning: Type.Optional(JsonObject),
  },
  { $id: 'ElasticExtension' },
)
export type ElasticExtension = Static<typeof ElasticExtension>

/** The `elastic` extension bag and the loss kind of each field (`null`: request context). */
export const elasticExtension = defineExtension({
  name: 'elastic',
  schema: ElasticExtension,
  losses: { inferenceId: null, timeout: null, reasoning: 'hint' },
})
