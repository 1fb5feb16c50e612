import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'
import { JsonObject } from './schema-helpers'

export const FunctionTool = Type.Object(
  {
    type: Type.Literal('function'),
    name: Type.String({ description: 'Function name, `^[a-zA-Z0-9_-]{1,64}$` on most vendors.' }),
    description: Type.Optional(Type.String()),
    parameters: Type.Optional(JsonObject),
    strict: Type.Optional(Type.Boolean({ description: 'Ask for strict schema adherence.' })),
  },
  { $id: 'FunctionTool', description: 'A function the model may call.' },
)
export type FunctionTool = Static<typeof FunctionTool>

export const CustomTool = Type.Object(
  {
    type: Type.Literal('custom'),
    name: Type.String(),
    description: Type.Optional(Type.String()),
    format: Type.Optional(JsonObject),
  },
  { $id: 'CustomTool', description: 'A free-form (grammar or text) tool: a `custom` tool.' },
)
export type CustomTool = Static<typeof CustomTool>

export const BuiltinTool = Type.Object(
  {
    type: Type.Literal('builtin'),
    name: Type.String({
      description: 'A vendor-executed tool, e.g. `web:search`, `math:calculator`.',
    }),
    files: Type.Optional(Type.Array(Type.String(), { description: 'File ids for file tools.' })),
  },
  { $id: 'BuiltinTool', description: 'A tool the vendor runs itself (tool-assisted completions).' },
)
export type BuiltinTool = Static<typeof BuiltinTool>

export const Tool = Type.Union([FunctionTool, CustomTool, BuiltinTool], { $id: 'Tool' })
export type Tool = Static<typeof Tool>

export const ToolChoice = Type.Union(
  [
    Type.Literal('none'),
    Type.Literal('auto'),
    Type.Literal('required'),
    Type.Object({ type: Type.Literal('function'), name: Type.String() }),
    Type.Object({ type: Type.Literal('custom'), name: Type.String() }),
    Type.Object({
      type: Type.Literal('allowed_tools'),
      mode: Type.Union([Type.Literal('auto'), Type.Literal('required')]),
      tools: Type.Array(JsonObject),
    }),
  ],
  { $id: 'ToolChoice', description: 'Which tool, if any, the model must call.' },
)
export type ToolChoice = Static<typeof ToolChoice>

export const FunctionToolCall = Type.Object(
  {
    id: Type.String(),
    type: Type.Literal('function'),
    name: Type.String(),
    arguments: Type.String({ description: 'JSON text exactly as the model produced it.' }),
  },
  { $id: 'FunctionToolCall' },
)
export type FunctionToolCall = Static<typeof FunctionToolCall>

export const CustomToolCall = Type.Object(
  { id: Type.String(), type: Type.Literal('custom'), name: Type.String(), input: Type.String() },
  { $id: 'CustomToolCall' },
)
export type CustomToolCall = Static<typeof CustomToolCall>

export const ToolCall = Type.Union([FunctionToolCall, CustomToolCall], { $id: 'ToolCall' })
export type ToolCall = Static<typeof ToolCall>

/** One streamed fragment of a tool call; fragments with the same `index` concatenate. */
export const ToolCallDelta = Type.Object(
  {
    index: Type.Integer({ minimum: 0 }),
    id: Type.Optional(Type.String()),
    type: Type.Optional(Type.Union([Type.Literal('function'), Type.Literal('custom')])),
    name: Type.Optional(Type.String()),
    arguments: Type.Optional(Type.String({ description: 'A fragment of the arguments text.' })),
  },
  { $id: 'ToolCallDelta' },
)
export type ToolCallDelta = Static<typeof ToolCallDelta>
