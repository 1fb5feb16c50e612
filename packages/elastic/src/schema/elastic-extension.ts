import { defineExtension, JsonObject, splitExtensionFields, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.json (describeElasticSchemas puts them back).

// field → [schema, loss kind when another dialect drops it] (`null`: request context).
const elasticFields = splitExtensionFields({
  inferenceId: [Type.String(), null],
  timeout: [Type.String(), null],
  reasoning: [JsonObject, 'hint'],
})

export const ElasticExtension = Type.Object(elasticFields.properties, { $id: 'ElasticExtension' })
export type ElasticExtension = Static<typeof ElasticExtension>

/** The `elastic` extension bag and the loss kind of each field. */
export const elasticExtension = defineExtension({
  name: 'elastic',
  schema: ElasticExtension,
  losses: elasticFields.losses,
})
