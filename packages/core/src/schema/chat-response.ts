import type { Static } from '@sinclair/typebox'
import { createChoice, createCompletionProperties } from './create-completion-schemas'
import * as Type from './json-type'
import { JsonObject } from './schema-helpers'
import { ToolCall } from './tool'

export const ResponseMessage = Type.Object(
  {
    role: Type.Literal('assistant'),
    content: Type.Union([Type.String(), Type.Null()]),
    refusal: Type.Optional(Type.String()),
    reasoning: Type.Optional(Type.String()),
    toolCalls: Type.Optional(Type.Array(ToolCall)),
    functionCall: Type.Optional(Type.Object({ name: Type.String(), arguments: Type.String() })),
    annotations: Type.Optional(Type.Array(JsonObject)),
  },
  { $id: 'ResponseMessage' },
)
export type ResponseMessage = Static<typeof ResponseMessage>

export const ResponseChoice = createChoice({ message: ResponseMessage }, 'ResponseChoice')
export type ResponseChoice = Static<typeof ResponseChoice>

/** A whole (non-streamed) completion in canonical form. */
export const ChatResponse = Type.Object(
  createCompletionProperties(ResponseChoice, { description: 'Unix seconds.' }),
  { $id: 'ChatResponse' },
)
export type ChatResponse = Static<typeof ChatResponse>
