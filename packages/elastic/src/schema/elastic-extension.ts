import { createExtensionBag, defineExtension, JsonObject, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.json (describeElasticSchemas puts them back).

/**
 * The `elastic` extension bag: field → [schema, loss kind when another dialect drops it]
 * (`null`: request context).
 */
export const elasticExtension = defineExtension(
  createExtensionBag('elastic', 'ElasticExtension', {
    inferenceId: [Type.String(), null],
    timeout: [Type.String(), null],
    reasoning: [JsonObject, 'hint'],
  }),
)

export const ElasticExtension = elasticExtension.schema
export type ElasticExtension = Static<typeof ElasticExtension>
