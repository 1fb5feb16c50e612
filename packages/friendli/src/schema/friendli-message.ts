import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { FriendliUserContentPart } from './friendli-content-part'

const name = Nullish(
  Type.String({
    description:
      'The name for the participant to distinguish between participants with the same role.',
  }),
)

/** System content is a plain string only: no parts (reference §5.2). */
export const FriendliSystemMessage = Type.Object(
  {
    role: Type.Literal('system', { description: 'The role of the messages author.' }),
    content: Type.String({ description: 'The content of system message.' }),
    name,
  },
  { $id: 'FriendliSystemMessage', additionalProperties: false },
)
export type FriendliSystemMessage = Static<typeof FriendliSystemMessage>

export const FriendliUserMessage = Type.Object(
  {
    role: Type.Literal('user', { description: "The role of the message's author." }),
    content: Type.Union([Type.String(), Type.Array(FriendliUserContentPart)], {
      description:
        'Plain text, or a list of text, image, audio and video parts (non-text input is Beta).',
    }),
    name,
  },
  { $id: 'FriendliUserMessage', additionalProperties: false },
)
export type FriendliUserMessage = Static<typeof FriendliUserMessage>

export const FriendliMessageToolCall = Type.Object(
  {
    id: Type.String({ description: 'The ID of tool call.' }),
    type: Type.Literal('function', { description: 'The type of tool call.' }),
    function: Type.Object(
      {
        name: Type.String({ description: 'The name of function' }),
        arguments: Type.String({ description: 'The arguments of the function call, as JSON.' }),
      },
      { additionalProperties: false, description: 'The function specification.' },
    ),
  },
  { $id: 'FriendliMessageToolCall', additionalProperties: false, description: 'A tool call.' },
)
export type FriendliMessageToolCall = Static<typeof FriendliMessageToolCall>

/** Assistant content is a string or null: no parts (reference §5.2). */
export const FriendliAssistantMessage = Type.Object(
  {
    role: Type.Literal('assistant', { description: 'The role of the messages author.' }),
    content: Nullish(
      Type.String({
        description: 'The content of assistant message. Required unless `tool_calls` is specified.',
      }),
    ),
    reasoning_content: Nullish(
      Type.String({ description: 'The intermediate reasoning content of assistant message.' }),
    ),
    reasoning: Nullish(
      Type.String({ description: "Alias of 'reasoning_content', for compatibility." }),
    ),
    name,
    tool_calls: Nullish(
      Type.Array(FriendliMessageToolCall, { description: 'The tool calls the assistant made.' }),
    ),
  },
  { $id: 'FriendliAssistantMessage', additionalProperties: false },
)
export type FriendliAssistantMessage = Static<typeof FriendliAssistantMessage>

/** Tool results are a plain string only (reference §5.2). */
export const FriendliToolMessage = Type.Object(
  {
    role: Type.Literal('tool', { description: 'The role of the messages author.' }),
    content: Type.String({
      description: 'The content of tool message that contains the result of tool calling.',
    }),
    tool_call_id: Type.String({
      description: 'The ID of tool call corresponding to this message.',
    }),
    name: Nullish(
      Type.String({
        description: 'An optional name of the tool call corresponding to this message.',
      }),
    ),
  },
  { $id: 'FriendliToolMessage', additionalProperties: false },
)
export type FriendliToolMessage = Static<typeof FriendliToolMessage>

export const FriendliMessage = Type.Union(
  [FriendliSystemMessage, FriendliUserMessage, FriendliAssistantMessage, FriendliToolMessage],
  { $id: 'FriendliMessage', description: 'One message, discriminated by `role`. No `developer`.' },
)
export type FriendliMessage = Static<typeof FriendliMessage>

export const FRIENDLI_MESSAGE_SCHEMAS = {
  system: FriendliSystemMessage,
  user: FriendliUserMessage,
  assistant: FriendliAssistantMessage,
  tool: FriendliToolMessage,
} as const
