import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

const FUNCTION_NAME_PATTERN = '^[a-zA-Z0-9_-]{1,64}$'

export const FriendliFunctionTool = Type.Object(
  {
    type: Type.Literal('function', {}),
    function: Type.Object(
      {
        name: Type.String({
          pattern: FUNCTION_NAME_PATTERN,
        }),
        description: Type.Optional(Type.Union([Type.String(), Type.Null()], {})),
        parameters: Type.Object(
          {},
          {
            additionalProperties: true,
          },
        ),
      },
      { additionalProperties: false },
    ),
  },
  {
    $id: 'FriendliFunctionTool',
    additionalProperties: false,
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
    type: StringEnum(FRIENDLI_BUILTIN_TOOL_TYPES, {}),
  },
  { $id: 'FriendliBuiltinTool', additionalProperties: false },
)
export type FriendliBuiltinTool = Static<typeof FriendliBuiltinTool>

export const FriendliIntegratedBuiltinTool = Type.Object(
  {
    type: Type.Literal('linkup:search', {}),
  },
  { $id: 'FriendliIntegratedBuiltinTool', additionalProperties: false },
)
export type FriendliIntegratedBuiltinTool = Static<typeof FriendliIntegratedBuiltinTool>

export const FriendliFileBuiltinTool = Type.Object(
  {
    type: Type.Literal('file:text', {}),
    files: Type.Array(Type.String(), {
      minItems: 1,
      maxItems: 1,
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
  { $id: 'FriendliToolAssistedTool' },
)
export type FriendliToolAssistedTool = Static<typeof FriendliToolAssistedTool>

export const FriendliToolChoice = Type.Union(
  [
    StringEnum(['none', 'auto', 'required']),
    Type.Object(
      {
        type: Type.Literal('function', {}),
        function: Type.Object(
          {
            name: Type.String({
              pattern: FUNCTION_NAME_PATTERN,
            }),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
  ],
  {
    $id: 'FriendliToolChoice',
    default: 'auto',
  },
)
export type FriendliToolChoice = Static<typeof FriendliToolChoice>
