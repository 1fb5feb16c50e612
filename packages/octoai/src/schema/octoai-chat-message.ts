import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OctoAITextPart = Type.Object(
  {
    type: Type.Optional(Type.Literal('text', { default: 'text' })),
    text: Type.String(),
  },
  { $id: 'OctoAITextPart' },
)
export type OctoAITextPart = Static<typeof OctoAITextPart>

export const OctoAIImagePart = Type.Object(
  {
    type: Type.Optional(
      Type.Literal('image_url', {
        default: 'image_url',
      }),
    ),
    image_url: Type.Object({
      url: Type.String(),
      detail: Type.Optional(Type.String()),
    }),
  },
  { $id: 'OctoAIImagePart' },
)
export type OctoAIImagePart = Static<typeof OctoAIImagePart>

export const OctoAIContentPart = Type.Union([OctoAITextPart, OctoAIImagePart])
export type OctoAIContentPart = Static<typeof OctoAIContentPart>

export const OctoAIToolCall = Type.Object(
  {
    id: Type.Optional(Type.String()),
    type: Type.Optional(
      Type.Literal('function', {
        default: 'function',
      }),
    ),
    function: Type.Object({
      name: Type.String(),
      arguments: Type.String(),
    }),
  },
  { $id: 'OctoAIToolCall' },
)
export type OctoAIToolCall = Static<typeof OctoAIToolCall>

/** One shape for every role, in requests and responses (`ChatMessage` in OctoAI's spec). */
export const OctoAIChatMessage = Type.Object(
  {
    role: Type.String(),
    content: Nullish(Type.Union([Type.String(), Type.Array(OctoAIContentPart)])),
    tool_calls: Nullish(Type.Array(OctoAIToolCall)),
    function_call: Type.Optional(Type.Null()),
    tool_call_id: Type.Optional(Type.String()),
  },
  { $id: 'OctoAIChatMessage' },
)
export type OctoAIChatMessage = Static<typeof OctoAIChatMessage>
