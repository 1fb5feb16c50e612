import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { keyByType } from './key-by-type'

// Descriptions (kept in ../docs/openai-schema-descriptions.ts): OpenAI's API reference (openai/openai-openapi, `ChatCompletionRequest*Message`).
const name = Type.Optional(Type.String({}))
const role = <const R extends string>(value: R) => Type.Literal(value, {})

export const OpenAITextPart = Type.Object(
  {
    type: Type.Literal('text', {}),
    text: Type.String({}),
  },
  { $id: 'OpenAITextPart' },
)
export type OpenAITextPart = Static<typeof OpenAITextPart>

export const OpenAIImagePart = Type.Object(
  keyByType(
    'image_url',
    Type.Object(
      {
        url: Type.String({}),
        detail: Type.Optional(StringEnum(['auto', 'low', 'high'], {})),
      },
      {},
    ),
  ),
  { $id: 'OpenAIImagePart' },
)

export const OpenAIAudioPart = Type.Object(
  keyByType(
    'input_audio',
    Type.Object(
      {
        data: Type.String({}),
        format: StringEnum(['wav', 'mp3'], {}),
      },
      {},
    ),
  ),
  { $id: 'OpenAIAudioPart' },
)

export const OpenAIFilePart = Type.Object(
  keyByType(
    'file',
    Type.Object(
      {
        file_data: Type.Optional(Type.String({})),
        file_id: Type.Optional(Type.String({})),
        filename: Type.Optional(Type.String({})),
      },
      {},
    ),
  ),
  { $id: 'OpenAIFilePart' },
)

export const OpenAIRefusalPart = Type.Object(
  {
    type: Type.Literal('refusal', {}),
    refusal: Type.String({}),
  },
  { $id: 'OpenAIRefusalPart' },
)

export const OpenAIUserPart = Type.Union(
  [OpenAITextPart, OpenAIImagePart, OpenAIAudioPart, OpenAIFilePart],
  { $id: 'OpenAIUserPart' },
)
export type OpenAIUserPart = Static<typeof OpenAIUserPart>

/** `{name, arguments}`: a tool call's `function` and the legacy `function_call` alike. */
const functionCall = () =>
  Type.Object(
    {
      name: Type.String({}),
      arguments: Type.String({}),
    },
    {},
  )

const textContent = () => Type.Union([Type.String(), Type.Array(OpenAITextPart)], {})

export const OpenAIMessageToolCall = Type.Union(
  [
    Type.Object({ id: Type.String({}), ...keyByType('function', functionCall()) }),
    Type.Object({
      id: Type.String({}),
      ...keyByType('custom', Type.Object({ name: Type.String({}), input: Type.String({}) }, {})),
    }),
  ],
  { $id: 'OpenAIMessageToolCall' },
)
export type OpenAIMessageToolCall = Static<typeof OpenAIMessageToolCall>

export const OpenAISystemMessage = Type.Object(
  { role: role('system'), content: textContent(), name },
  { $id: 'OpenAISystemMessage' },
)
export const OpenAIDeveloperMessage = Type.Object(
  { role: role('developer'), content: textContent(), name },
  {
    $id: 'OpenAIDeveloperMessage',
  },
)
export const OpenAIUserMessage = Type.Object(
  {
    role: role('user'),
    content: Type.Union([Type.String(), Type.Array(OpenAIUserPart)], {}),
    name,
  },
  { $id: 'OpenAIUserMessage' },
)
export const OpenAIAssistantMessage = Type.Object(
  {
    role: role('assistant'),
    content: Type.Optional(
      Type.Union(
        [Type.String(), Type.Array(Type.Union([OpenAITextPart, OpenAIRefusalPart])), Type.Null()],
        {},
      ),
    ),
    refusal: Type.Optional(Type.Union([Type.String(), Type.Null()], {})),
    name,
    tool_calls: Type.Optional(Type.Array(OpenAIMessageToolCall, {})),
    audio: Type.Optional(Type.Union([Type.Object({ id: Type.String({}) }, {}), Type.Null()], {})),
    function_call: Type.Optional(Type.Union([functionCall(), Type.Null()])),
  },
  { $id: 'OpenAIAssistantMessage' },
)
export const OpenAIToolMessage = Type.Object(
  {
    role: role('tool'),
    content: textContent(),
    tool_call_id: Type.String({}),
  },
  { $id: 'OpenAIToolMessage' },
)
export const OpenAIFunctionMessage = Type.Object(
  {
    role: role('function'),
    content: Type.Union([Type.String(), Type.Null()], {}),
    name: Type.String({}),
  },
  { $id: 'OpenAIFunctionMessage' },
)

export const OpenAIChatMessage = Type.Union(
  [
    OpenAISystemMessage,
    OpenAIDeveloperMessage,
    OpenAIUserMessage,
    OpenAIAssistantMessage,
    OpenAIToolMessage,
    OpenAIFunctionMessage,
  ],
  { $id: 'OpenAIChatMessage' },
)
export type OpenAIChatMessage = Static<typeof OpenAIChatMessage>
