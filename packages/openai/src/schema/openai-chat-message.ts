import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: OpenAI's API reference (openai/openai-openapi, `ChatCompletionRequest*Message`).
const name = Type.Optional(
  Type.String({
    description: 'An optional name for the participant, to tell participants of one role apart.',
  }),
)
const role = <const R extends string>(value: R, meaning: string) =>
  Type.Literal(value, { description: `The role of the author: \`${value}\` (${meaning}).` })

export const OpenAITextPart = Type.Object(
  {
    type: Type.Literal('text', { description: 'The type of the part: `text`.' }),
    text: Type.String({ description: 'The text content.' }),
  },
  { $id: 'OpenAITextPart', description: 'A text content part.' },
)
export type OpenAITextPart = Static<typeof OpenAITextPart>

export const OpenAIImagePart = Type.Object(
  {
    type: Type.Literal('image_url', { description: 'The type of the part: `image_url`.' }),
    image_url: Type.Object(
      {
        url: Type.String({ description: 'An image URL or a base64 `data:` URI.' }),
        detail: Type.Optional(
          StringEnum(['auto', 'low', 'high'], {
            description: 'The detail level of the image (default `auto`).',
          }),
        ),
      },
      { description: 'The image.' },
    ),
  },
  { $id: 'OpenAIImagePart', description: 'An image content part (vision models).' },
)

export const OpenAIAudioPart = Type.Object(
  {
    type: Type.Literal('input_audio', { description: 'The type of the part: `input_audio`.' }),
    input_audio: Type.Object(
      {
        data: Type.String({ description: 'Base64-encoded audio data.' }),
        format: StringEnum(['wav', 'mp3'], { description: 'The format of the audio data.' }),
      },
      { description: 'The audio.' },
    ),
  },
  { $id: 'OpenAIAudioPart', description: 'An audio input part (audio models).' },
)

export const OpenAIFilePart = Type.Object(
  {
    type: Type.Literal('file', { description: 'The type of the part: `file`.' }),
    file: Type.Object(
      {
        file_data: Type.Optional(
          Type.String({ description: 'The base64-encoded file data, for a file passed inline.' }),
        ),
        file_id: Type.Optional(Type.String({ description: 'The ID of an uploaded file.' })),
        filename: Type.Optional(Type.String({ description: 'The name of the file.' })),
      },
      { description: 'The file, inline or by ID.' },
    ),
  },
  { $id: 'OpenAIFilePart', description: 'A file input part, for text generation.' },
)

export const OpenAIRefusalPart = Type.Object(
  {
    type: Type.Literal('refusal', { description: 'The type of the part: `refusal`.' }),
    refusal: Type.String({ description: 'The refusal message the model generated.' }),
  },
  { $id: 'OpenAIRefusalPart', description: 'A refusal part of an earlier assistant message.' },
)

export const OpenAIUserPart = Type.Union(
  [OpenAITextPart, OpenAIImagePart, OpenAIAudioPart, OpenAIFilePart],
  { $id: 'OpenAIUserPart', description: 'A part of a user message: text, image, audio or file.' },
)
export type OpenAIUserPart = Static<typeof OpenAIUserPart>

const textContent = (whose: string) =>
  Type.Union([Type.String(), Type.Array(OpenAITextPart)], {
    description: `The contents of the ${whose} message: a string, or an array of text parts.`,
  })

export const OpenAIMessageToolCall = Type.Union(
  [
    Type.Object({
      id: Type.String({ description: 'The ID of the tool call.' }),
      type: Type.Literal('function', { description: 'The type of the tool: `function`.' }),
      function: Type.Object(
        {
          name: Type.String({ description: 'The name of the function to call.' }),
          arguments: Type.String({
            description:
              'The arguments to call the function with, as JSON the model generated (not always valid: validate before calling).',
          }),
        },
        { description: 'The function the model called.' },
      ),
    }),
    Type.Object({
      id: Type.String({ description: 'The ID of the tool call.' }),
      type: Type.Literal('custom', { description: 'The type of the tool: `custom`.' }),
      custom: Type.Object(
        {
          name: Type.String({ description: 'The name of the custom tool to call.' }),
          input: Type.String({ description: 'The input the model generated for the tool.' }),
        },
        { description: 'The custom tool the model called.' },
      ),
    }),
  ],
  { $id: 'OpenAIMessageToolCall', description: 'A tool call the model generated.' },
)
export type OpenAIMessageToolCall = Static<typeof OpenAIMessageToolCall>

const functionCall = Type.Object(
  {
    name: Type.String({ description: 'The name of the function to call.' }),
    arguments: Type.String({ description: 'The arguments, as JSON the model generated.' }),
  },
  { description: 'Deprecated (replaced by `tool_calls`): the function the model called.' },
)

export const OpenAISystemMessage = Type.Object(
  { role: role('system', 'instructions'), content: textContent('system'), name },
  { $id: 'OpenAISystemMessage', description: 'Instructions; use `developer` with o1 and newer.' },
)
export const OpenAIDeveloperMessage = Type.Object(
  { role: role('developer', 'instructions'), content: textContent('developer'), name },
  {
    $id: 'OpenAIDeveloperMessage',
    description: 'Instructions the model follows whatever the user says.',
  },
)
export const OpenAIUserMessage = Type.Object(
  {
    role: role('user', 'the end user'),
    content: Type.Union([Type.String(), Type.Array(OpenAIUserPart)], {
      description: 'The contents of the user message: a string, or an array of content parts.',
    }),
    name,
  },
  { $id: 'OpenAIUserMessage', description: 'A message from the end user.' },
)
export const OpenAIAssistantMessage = Type.Object(
  {
    role: role('assistant', 'the model'),
    content: Type.Optional(
      Type.Union(
        [Type.String(), Type.Array(Type.Union([OpenAITextPart, OpenAIRefusalPart])), Type.Null()],
        { description: 'The contents; required unless `tool_calls` or `function_call` is set.' },
      ),
    ),
    refusal: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description: 'The refusal message of the assistant.',
      }),
    ),
    name,
    tool_calls: Type.Optional(
      Type.Array(OpenAIMessageToolCall, { description: 'The tool calls the model generated.' }),
    ),
    audio: Type.Optional(
      Type.Union(
        [
          Type.Object(
            { id: Type.String({ description: 'The ID of an earlier audio response.' }) },
            { description: 'A previous audio response from the model.' },
          ),
          Type.Null(),
        ],
        { description: 'Data about a previous audio response from the model.' },
      ),
    ),
    function_call: Type.Optional(Type.Union([functionCall, Type.Null()])),
  },
  { $id: 'OpenAIAssistantMessage', description: 'An earlier answer of the model.' },
)
export const OpenAIToolMessage = Type.Object(
  {
    role: role('tool', 'a tool result'),
    content: textContent('tool'),
    tool_call_id: Type.String({ description: 'The tool call this message answers.' }),
  },
  { $id: 'OpenAIToolMessage', description: 'The result of a tool call.' },
)
export const OpenAIFunctionMessage = Type.Object(
  {
    role: role('function', 'deprecated'),
    content: Type.Union([Type.String(), Type.Null()], {
      description: 'The result of the function.',
    }),
    name: Type.String({ description: 'The name of the function called.' }),
  },
  { $id: 'OpenAIFunctionMessage', description: 'Deprecated: use `tool` messages.' },
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
  { $id: 'OpenAIChatMessage', description: 'A message of the conversation, by role.' },
)
export type OpenAIChatMessage = Static<typeof OpenAIChatMessage>
