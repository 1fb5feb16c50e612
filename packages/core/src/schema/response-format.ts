import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'
import { JsonObject } from './schema-helpers'

export const ResponseFormat = Type.Union(
  [
    Type.Object({ type: Type.Literal('text') }),
    Type.Object({
      type: Type.Literal('json_object'),
      schema: Type.Optional(JsonObject),
    }),
    Type.Object({
      type: Type.Literal('json_schema'),
      name: Type.Optional(Type.String()),
      description: Type.Optional(Type.String()),
      schema: Type.Optional(JsonObject),
      strict: Type.Optional(Type.Boolean()),
    }),
    Type.Object({ type: Type.Literal('regex'), pattern: Type.String() }),
  ],
  {
    $id: 'ResponseFormat',
    description: 'Constrains the output: text, JSON, a JSON Schema or a regex.',
  },
)
export type ResponseFormat = Static<typeof ResponseFormat>
