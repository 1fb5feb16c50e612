import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const FriendliTextResponseFormat = Type.Object(
  { type: Type.Literal('text', {}) },
  {
    $id: 'FriendliTextResponseFormat',
    additionalProperties: false,
  },
)

export const FriendliJsonObjectResponseFormat = Type.Object(
  {
    type: Type.Literal('json_object', {}),
  },
  {
    $id: 'FriendliJsonObjectResponseFormat',
    additionalProperties: false,
  },
)

/**
 * Friendli's spec lists only `schema`; its official AI SDK provider always sends `name` (default
 * `response`) and `description` too, so both are accepted (SOURCES.md). No `strict`.
 */
export const FriendliJsonSchemaResponseFormat = Type.Object(
  {
    type: Type.Literal('json_schema', {}),
    json_schema: Type.Object(
      {
        schema: Type.Object(
          {},
          {
            additionalProperties: true,
          },
        ),
        name: Type.Optional(Type.String({})),
        description: Type.Optional(Type.String({})),
      },
      { additionalProperties: false },
    ),
  },
  {
    $id: 'FriendliJsonSchemaResponseFormat',
    additionalProperties: false,
  },
)

export const FriendliRegexResponseFormat = Type.Object(
  {
    type: Type.Literal('regex', {}),
    schema: Type.String({
      examples: ['[A-Z][a-z]+ [0-9]{4}'],
    }),
  },
  {
    $id: 'FriendliRegexResponseFormat',
    additionalProperties: false,
  },
)

/** Per-`type` schemas (validation errors name one format's field); the union is made of them. */
export const FRIENDLI_RESPONSE_FORMAT_SCHEMAS = {
  json_schema: FriendliJsonSchemaResponseFormat,
  json_object: FriendliJsonObjectResponseFormat,
  regex: FriendliRegexResponseFormat,
  text: FriendliTextResponseFormat,
} as const

export const FriendliResponseFormat = Type.Union(Object.values(FRIENDLI_RESPONSE_FORMAT_SCHEMAS), {
  $id: 'FriendliResponseFormat',
})
export type FriendliResponseFormat = Static<typeof FriendliResponseFormat>
