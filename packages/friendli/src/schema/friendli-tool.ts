import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

const FUNCTION_NAME_PATTERN = '^[a-zA-Z0-9_-]{1,64}$'

export const FriendliFunctionTool = Type.Object(
  {
    type: Type.Literal('function', {
      description: 'The type of the tool. Currently, only `function` is supported.',
    }),
    function: Type.Object(
      {
        name: Type.String({
          pattern: FUNCTION_NAME_PATTERN,
          description:
            'The name of the function to be called. a-z, A-Z, 0-9, underscores and dashes, at most 64.',
        }),
        description: Type.Optional(
          Type.Union([Type.String(), Type.Null()], {
            description: 'What the function does, used by the model to choose when to call it.',
          }),
        ),
        parameters: Type.Object(
          {},
          {
            additionalProperties: true,
            description:
              'The parameters as a JSON Schema object (required). No parameters: `{"type": "object", "properties": {}}`.',
          },
        ),
      },
      { additionalProperties: false, description: 'The function specification.' },
    ),
  },
  {
    $id: 'FriendliFunctionTool',
    additionalProperties: false,
    description: 'A function the model may generate JSON inputs for.',
  },
)
export type FriendliFunctionTool = Static<typeof FriendliFunctionTool>

/** Built-in tools Friendli runs itself on the tool-assisted endpoint (reference §5.2). */
export const FRIENDLI_BUILTIN_TOOL_TYPES = [
  'math:calculator',
  'math:statistics',
  'math:calendar',
  'web:search',
  'web:url',
  'code:python-interpreter',
] as const

export const FriendliBuiltinTool = Type.Object(
  {
    type: StringEnum(FRIENDLI_BUILTIN_TOOL_TYPES, {
      description: 'The type of the built-in tool provided by Friendli.',
    }),
  },
  { $id: 'FriendliBuiltinTool', additionalProperties: false },
)
export type FriendliBuiltinTool = Static<typeof FriendliBuiltinTool>

export const FriendliIntegratedBuiltinTool = Type.Object(
  {
    type: Type.Literal('linkup:search', {
      description: 'The type of the integrated third-party tool.',
    }),
  },
  { $id: 'FriendliIntegratedBuiltinTool', additionalProperties: false },
)
export type FriendliIntegratedBuiltinTool = Static<typeof FriendliIntegratedBuiltinTool>

export const FriendliFileBuiltinTool = Type.Object(
  {
    type: Type.Literal('file:text', {
      description: 'The file parser tool. Only .txt and .pdf files are supported.',
    }),
    files: Type.Array(Type.String(), {
      minItems: 1,
      maxItems: 1,
      description: 'A list of file IDs. For now, only one file is supported.',
    }),
  },
  { $id: 'FriendliFileBuiltinTool', additionalProperties: false },
)
export type FriendliFileBuiltinTool = Static<typeof FriendliFileBuiltinTool>

/** Every tool type the tool-assisted endpoint runs itself. */
export const FRIENDLI_ALL_BUILTIN_TOOL_TYPES = [
  ...FRIENDLI_BUILTIN_TOOL_TYPES,
  'linkup:search',
  'file:text',
] as const
export type FriendliBuiltinToolType = (typeof FRIENDLI_ALL_BUILTIN_TOOL_TYPES)[number]

export const FriendliToolAssistedTool = Type.Union(
  [
    FriendliFunctionTool,
    FriendliBuiltinTool,
    FriendliIntegratedBuiltinTool,
    FriendliFileBuiltinTool,
  ],
  { $id: 'FriendliToolAssistedTool', description: 'A function tool or a built-in tool.' },
)
export type FriendliToolAssistedTool = Static<typeof FriendliToolAssistedTool>

export const FriendliToolChoice = Type.Union(
  [
    StringEnum(['none', 'auto', 'required']),
    Type.Object(
      {
        type: Type.Literal('function', {
          description: 'The type of the tool. Currently, only `function` is supported.',
        }),
        function: Type.Object(
          {
            name: Type.String({
              pattern: FUNCTION_NAME_PATTERN,
              description: 'The name of the function to call.',
            }),
          },
          { additionalProperties: false, description: 'The function the model must call.' },
        ),
      },
      { additionalProperties: false, description: 'Forces a call of one function.' },
    ),
  ],
  {
    $id: 'FriendliToolChoice',
    default: 'auto',
    description:
      '`none` answers directly, `auto` lets the model decide, `required` forces a tool call; `{"type": "function", "function": {"name": …}}` forces one function.',
  },
)
export type FriendliToolChoice = Static<typeof FriendliToolChoice>
