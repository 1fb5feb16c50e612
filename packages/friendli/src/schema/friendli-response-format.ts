import { type Static, Type } from '@sinclair/typebox'

export const FriendliTextResponseFormat = Type.Object(
  { type: Type.Literal('text') },
  { $id: 'FriendliTextResponseFormat', additionalProperties: false },
)

export const FriendliJsonObjectResponseFormat = Type.Object(
  { type: Type.Literal('json_object') },
  { $id: 'FriendliJsonObjectResponseFormat', additionalProperties: false },
)

/** Only `schema`: Friendli has no `name`, `description` or `strict` (reference §5.2). */
export const FriendliJsonSchemaResponseFormat = Type.Object(
  {
    type: Type.Literal('json_schema'),
    json_schema: Type.Object(
      {
        schema: Type.Object(
          {},
          {
            additionalProperties: true,
            description: 'The schema for the response format, as a JSON Schema object.',
          },
        ),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'FriendliJsonSchemaResponseFormat', additionalProperties: false },
)

export const FriendliRegexResponseFormat = Type.Object(
  {
    type: Type.Literal('regex'),
    schema: Type.String({
      description:
        'A regular expression the output must match. No lookarounds or anchors (`^`, `$`, `(?=)`, `(?<=…)`, `\\a`, `\\z`), no Unicode escapes (`\\N`, `\\p`).',
      examples: ['[A-Z][a-z]+ [0-9]{4}'],
    }),
  },
  { $id: 'FriendliRegexResponseFormat', additionalProperties: false },
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
