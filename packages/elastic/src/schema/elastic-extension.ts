import { defineExtension, JsonObject, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const ElasticExtension = Type.Object(
  {
    inferenceId: Type.Optional(
      Type.String({ description: 'The `{inference_id}` path parameter.' }),
    ),
    timeout: Type.Optional(
      Type.String({ description: 'The `timeout` query parameter, e.g. `30s`.' }),
    ),
    reasoning: Type.Optional(JsonObject),
  },
  { $id: 'ElasticExtension', description: 'Elastic request context and 9.4+ fields.' },
)
export type ElasticExtension = Static<typeof ElasticExtension>

/** The `elastic` extension bag and the loss kind of each field (`null`: request context). */
export const elasticExtension = defineExtension({
  name: 'elastic',
  schema: ElasticExtension,
  losses: { inferenceId: null, timeout: null, reasoning: 'hint' },
})
