import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: OpenAI's API reference (openai/openai-openapi, `ChatCompletionTool`, …).
const jsonObject = (description: string) =>
  Type.Record(Type.String(), Type.Unknown(), { description })
const strict = (what: string) =>
  Type.Optional(
    Type.Union([Type.Boolean(), Type.Null()], {
      description: `Strict schema adherence for the ${what}: only a subset of JSON Schema is supported. Default \`false\`.`,
    }),
  )

export const OpenAIFunctionDefinition = Type.Object(
  {
    name: Type.String({
      pattern: '^[a-zA-Z0-9_-]{1,64}$',
      description: 'The name of the function: a-z, A-Z, 0-9, underscores and dashes, at most 64.',
    }),
    description: Type.Optional(
      Type.String({ description: 'What the function does, for the model to choose it.' }),
    ),
    parameters: Type.Optional(
      jsonObject('The parameters the function takes, as a JSON Schema object; omitted = none.'),
    ),
    strict: strict('function call arguments'),
  },
  { $id: 'OpenAIFunctionDefinition', description: 'A function the model may call.' },
)
export type OpenAIFunctionDefinition = Static<typeof OpenAIFunctionDefinition>

export const OpenAITool = Type.Union(
  [
    Type.Object({
      type: Type.Literal('function', { description: 'The type of the tool: `function`.' }),
      function: OpenAIFunctionDefinition,
    }),
    Type.Object({
      type: Type.Literal('custom', { description: 'The type of the tool: `custom`.' }),
      custom: Type.Object(
        {
          name: Type.String({ description: 'The name of the custom tool.' }),
          description: Type.Optional(
            Type.String({ description: 'What the tool does, for the model to choose it.' }),
          ),
          format: Type.Optional(jsonObject('The input format: free text (default) or a grammar.')),
        },
        { description: 'A tool that takes free-form text (or grammar-constrained) input.' },
      ),
    }),
  ],
  { $id: 'OpenAITool', description: 'A tool the model may call: a function or a custom tool.' },
)
export type OpenAITool = Static<typeof OpenAITool>

const toolName = Type.Object(
  { name: Type.String({ description: 'The name of the tool to call.' }) },
  { description: 'The tool to call.' },
)

export const OpenAIToolChoice = Type.Union(
  [
    StringEnum(['none', 'auto', 'required'], {
      description:
        '`none`: no tool call; `auto` (default with tools): the model decides; `required`: at least one tool call.',
    }),
    Type.Object({
      type: Type.Literal('function', { description: 'Force a call of this function.' }),
      function: toolName,
    }),
    Type.Object({
      type: Type.Literal('custom', { description: 'Force a call of this custom tool.' }),
      custom: toolName,
    }),
    Type.Object({
      type: Type.Literal('allowed_tools', { description: 'Restrict the tools the model may use.' }),
      allowed_tools: Type.Object(
        {
          mode: StringEnum(['auto', 'required'], {
            description: '`auto`: the model may call one of them; `required`: it must.',
          }),
          tools: Type.Array(jsonObject('A tool, e.g. `{"type":"function","name":"f"}`.'), {
            description: 'The tools the model may call.',
          }),
        },
        { description: 'The subset of `tools` the model may call.' },
      ),
    }),
  ],
  {
    $id: 'OpenAIToolChoice',
    description: 'Which tool (if any) the model calls. Default `none` without tools, else `auto`.',
  },
)
export type OpenAIToolChoice = Static<typeof OpenAIToolChoice>

/** Deprecated `function_call` request field. */
export const OpenAIFunctionCallOption = Type.Union(
  [
    StringEnum(['none', 'auto'], { description: '`none` or `auto`.' }),
    Type.Object(
      { name: Type.String({ description: 'The name of the function to call.' }) },
      { description: 'Force a call of this function.' },
    ),
  ],
  { description: 'Deprecated (use `tool_choice`): which function the model calls.' },
)
export type OpenAIFunctionCallOption = Static<typeof OpenAIFunctionCallOption>

export const OpenAIResponseFormat = Type.Union(
  [
    Type.Object({ type: Type.Literal('text', { description: 'Plain text (the default).' }) }),
    Type.Object({
      type: Type.Literal('json_object', {
        description: 'Valid JSON (older JSON mode); the messages must ask for JSON.',
      }),
    }),
    Type.Object({
      type: Type.Literal('json_schema', { description: 'Structured Outputs: JSON to a schema.' }),
      json_schema: Type.Object(
        {
          name: Type.String({
            description: 'The name of the response format: a-z, A-Z, 0-9, _ and -, at most 64.',
          }),
          description: Type.Optional(
            Type.String({ description: 'What the response format is for.' }),
          ),
          schema: Type.Optional(jsonObject('The schema of the answer, a JSON Schema object.')),
          strict: strict('output'),
        },
        { description: 'The JSON Schema the answer follows.' },
      ),
    }),
  ],
  {
    $id: 'OpenAIResponseFormat',
    description: 'The format of the answer: `text`, `json_object` or `json_schema`.',
  },
)
export type OpenAIResponseFormat = Static<typeof OpenAIResponseFormat>
