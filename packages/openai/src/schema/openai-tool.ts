import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions (kept in ../docs/openai-schema-descriptions.ts): OpenAI's API reference (openai/openai-openapi, `ChatCompletionTool`, …).
const jsonObject = () => Type.Record(Type.String(), Type.Unknown(), {})
const strict = () => Type.Optional(Type.Union([Type.Boolean(), Type.Null()], {}))

export const OpenAIFunctionDefinition = Type.Object(
  {
    name: Type.String({
      pattern: '^[a-zA-Z0-9_-]{1,64}$',
    }),
    description: Type.Optional(Type.String({})),
    parameters: Type.Optional(jsonObject()),
    strict: strict(),
  },
  { $id: 'OpenAIFunctionDefinition' },
)
export type OpenAIFunctionDefinition = Static<typeof OpenAIFunctionDefinition>

export const OpenAITool = Type.Union(
  [
    Type.Object({
      type: Type.Literal('function', {}),
      function: OpenAIFunctionDefinition,
    }),
    Type.Object({
      type: Type.Literal('custom', {}),
      custom: Type.Object(
        {
          name: Type.String({}),
          description: Type.Optional(Type.String({})),
          format: Type.Optional(jsonObject()),
        },
        {},
      ),
    }),
  ],
  { $id: 'OpenAITool' },
)
export type OpenAITool = Static<typeof OpenAITool>

const toolName = Type.Object({ name: Type.String({}) }, {})

export const OpenAIToolChoice = Type.Union(
  [
    StringEnum(['none', 'auto', 'required'], {}),
    Type.Object({
      type: Type.Literal('function', {}),
      function: toolName,
    }),
    Type.Object({
      type: Type.Literal('custom', {}),
      custom: toolName,
    }),
    Type.Object({
      type: Type.Literal('allowed_tools', {}),
      allowed_tools: Type.Object(
        {
          mode: StringEnum(['auto', 'required'], {}),
          tools: Type.Array(jsonObject(), {}),
        },
        {},
      ),
    }),
  ],
  {
    $id: 'OpenAIToolChoice',
  },
)
export type OpenAIToolChoice = Static<typeof OpenAIToolChoice>

/** Deprecated `function_call` request field. */
export const OpenAIFunctionCallOption = Type.Union(
  [StringEnum(['none', 'auto'], {}), Type.Object({ name: Type.String({}) }, {})],
  {},
)
export type OpenAIFunctionCallOption = Static<typeof OpenAIFunctionCallOption>

export const OpenAIResponseFormat = Type.Union(
  [
    Type.Object({ type: Type.Literal('text', {}) }),
    Type.Object({
      type: Type.Literal('json_object', {}),
    }),
    Type.Object({
      type: Type.Literal('json_schema', {}),
      json_schema: Type.Object(
        {
          name: Type.String({}),
          description: Type.Optional(Type.String({})),
          schema: Type.Optional(jsonObject()),
          strict: strict(),
        },
        {},
      ),
    }),
  ],
  {
    $id: 'OpenAIResponseFormat',
  },
)
export type OpenAIResponseFormat = Static<typeof OpenAIResponseFormat>
