import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const FriendliTextResponseFormat = Type.Object(
  { type: Type.Literal('text', { description: 'The type of the response format: `text`.' }) },
  {
    $id: 'FriendliTextResponseFormat',
    additionalProperties: false,
    description: 'Plain text output (the default).',
  },
)

export const FriendliJsonObjectResponseFormat = Type.Object(
  {
    type: Type.Literal('json_object', {
      description: 'The type of the response format: `json_object`.',
    }),
  },
  {
    $id: 'FriendliJsonObjectResponseFormat',
    additionalProperties: false,
    description: 'Any valid JSON object.',
  },
)

/**
 * Friendli's spec lists only `schema`; its official AI SDK provider always sends `name` (default
 * `response`) and `description` too, so both are accepted (SOURCES.md). No `strict`.
 */
export const FriendliJsonSchemaResponseFormat = Type.Object(
  {
    type: Type.Literal('json_schema', {
      description: 'The type of the response format: `json_schema`.',
    }),
    json_schema: Type.Object(
      {
        schema: Type.Object(
          {},
          {
            additionalProperties: true,
            description: 'The schema for the response format, described as a JSON Schema object.',
          },
        ),
        name: Type.Optional(
          Type.String({
            description:
              "A name for the schema. Not in Friendli's spec; `@friendliai/ai-provider` always sends it (`response` by default).",
          }),
        ),
        description: Type.Optional(
          Type.String({
            description:
              "What the output is for. Not in Friendli's spec; `@friendliai/ai-provider` sends it.",
          }),
        ),
      },
      { additionalProperties: false, description: 'The JSON Schema the output must follow.' },
    ),
  },
  {
    $id: 'FriendliJsonSchemaResponseFormat',
    additionalProperties: false,
    description: 'Constrains the output to a JSON Schema.',
  },
)

export const FriendliRegexResponseFormat = Type.Object(
  {
    type: Type.Literal('regex', { description: 'The type of the response format: `regex`.' }),
    schema: Type.String({
      description:
        'A regular expression the output must match. No lookarounds or anchors (`^`, `$`, `(?=)`, `(?<=…)`, `\\a`, `\\z`), no Unicode escapes (`\\N`, `\\p`).',
      examples: ['[A-Z][a-z]+ [0-9]{4}'],
    }),
  },
  {
    $id: 'FriendliRegexResponseFormat',
    additionalProperties: false,
    description: 'Constrains the output to a regular expression.',
  },
)

export const FriendliResponseFormat = Type.Union(
  [
    FriendliJsonSchemaResponseFormat,
    FriendliJsonObjectResponseFormat,
    FriendliRegexResponseFormat,
    FriendliTextResponseFormat,
  ],
  {
    $id: 'FriendliResponseFormat',
    description:
      "The enforced format of the model's output. Unsupported together with `tools` or `min_tokens`.",
  },
)
export type FriendliResponseFormat = Static<typeof FriendliResponseFormat>

export const FRIENDLI_RESPONSE_FORMAT_SCHEMAS = {
  text: FriendliTextResponseFormat,
  json_object: FriendliJsonObjectResponseFormat,
  json_schema: FriendliJsonSchemaResponseFormat,
  regex: FriendliRegexResponseFormat,
} as const
