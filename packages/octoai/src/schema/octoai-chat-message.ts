import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const OctoAITextPart = Type.Object(
  {
    type: Type.Optional(
      Type.Literal('text', { default: 'text', description: 'The type of the content part.' }),
    ),
    text: Type.String({ description: 'The text content.' }),
  },
  { $id: 'OctoAITextPart', description: 'A text part (`MultiModalTextMessage`).' },
)
export type OctoAITextPart = Static<typeof OctoAITextPart>

export const OctoAIImagePart = Type.Object(
  {
    type: Type.Optional(
      Type.Literal('image_url', {
        default: 'image_url',
        description: 'The type of the content part.',
      }),
    ),
    image_url: Type.Object(
      {
        url: Type.String({
          description: 'Either a URL of the image or base64 encoded image data.',
        }),
        detail: Type.Optional(
          Type.String({ description: 'Specifies the detail level of the image, e.g. `auto`.' }),
        ),
      },
      {
        description: 'The image URL which could be either a URL or base64 encoded image data.',
      },
    ),
  },
  { $id: 'OctoAIImagePart', description: 'An image part (`MultiModalImageMessage`).' },
)
export type OctoAIImagePart = Static<typeof OctoAIImagePart>

export const OctoAIContentPart = Type.Union([OctoAITextPart, OctoAIImagePart])
export type OctoAIContentPart = Static<typeof OctoAIContentPart>

export const OctoAIToolCall = Type.Object(
  {
    id: Type.Optional(Type.String({ description: 'A unique id for the tool call.' })),
    type: Type.Optional(
      Type.Literal('function', {
        default: 'function',
        description: 'The type of tool. Today only `function` is supported.',
      }),
    ),
    function: Type.Object(
      {
        name: Type.String({ description: 'The name of the function to call.' }),
        arguments: Type.String({ description: 'The arguments, as JSON text.' }),
      },
      { description: 'The function called by the model.' },
    ),
  },
  { $id: 'OctoAIToolCall', description: 'A tool invocation by the model.' },
)
export type OctoAIToolCall = Static<typeof OctoAIToolCall>

/** One shape for every role, in requests and responses (`ChatMessage` in OctoAI's spec). */
export const OctoAIChatMessage = Type.Object(
  {
    role: Type.String({
      description:
        'The author: `system`, `user`, `assistant` or `tool` (a free string on the wire).',
    }),
    content: Nullish(
      Type.Union([Type.String(), Type.Array(OctoAIContentPart)], {
        description: 'The contents of the message: text or multi-modal parts.',
      }),
    ),
    tool_calls: Nullish(
      Type.Array(OctoAIToolCall, { description: 'Tool calls made by the assistant.' }),
    ),
    function_call: Type.Optional(
      Type.Null({
        description:
          'Always `null` in responses (OctoAI returns function calls as `tool_calls`); ignored in requests.',
      }),
    ),
    tool_call_id: Type.Optional(
      Type.String({
        description:
          "The call a `tool` message answers. Not in OctoAI's schema, but its function-calling guide sends it and the server accepted it.",
      }),
    ),
  },
  { $id: 'OctoAIChatMessage', description: 'A chat message (OpenAI-compatible).' },
)
export type OctoAIChatMessage = Static<typeof OctoAIChatMessage>
