import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { keyByType } from './key-by-type'

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

const customDefinition = Type.Object(
  {
    name: Type.String({}),
    description: Type.Optional(Type.String({})),
    format: Type.Optional(jsonObject()),
  },
  {},
)

export const OpenAITool = Type.Union(
  [
    Type.Object(keyByType('function', OpenAIFunctionDefinition)),
    Type.Object(keyByType('custom', customDefinition)),
  ],
  { $id: 'OpenAITool' },
)
export type OpenAITool = Static<typeof OpenAITool>

const toolName = Type.Object({ name: Type.String({}) }, {})
const allowedTools = Type.Object(
  {
    mode: StringEnum(['auto', 'required'], {}),
    tools: Type.Array(jsonObject(), {}),
  },
  {},
)

export const OpenAIToolChoice = Type.Union(
  [
    StringEnum(['none', 'auto', 'required'], {}),
    Type.Object(keyByType('function', toolName)),
    Type.Object(keyByType('custom', toolName)),
    Type.Object(keyByType('allowed_tools', allowedTools)),
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

const jsonSchemaFormat = Type.Object(
  {
    name: Type.String({}),
    description: Type.Optional(Type.String({})),
    schema: Type.Optional(jsonObject()),
    strict: strict(),
  },
  {},
)

export const OpenAIResponseFormat = Type.Union(
  [
    Type.Object({ type: Type.Literal('text', {}) }),
    Type.Object({
      type: Type.Literal('json_object', {}),
    }),
    Type.Object(keyByType('json_schema', jsonSchemaFormat)),
  ],
  {
    $id: 'OpenAIResponseFormat',
  },
)
export type OpenAIResponseFormat = Static<typeof OpenAIResponseFormat>
