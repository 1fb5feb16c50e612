import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { FriendliUserContentPart } from './friendli-content-part'

const name = Nullish(Type.String({}))

/** System content is a plain string only: no parts (reference §5.2). */
export const FriendliSystemMessage = Type.Object(
  {
    role: Type.Literal('system', {}),
    content: Type.String({}),
    name,
  },
  { $id: 'FriendliSystemMessage', additionalProperties: false },
)
export type FriendliSystemMessage = Static<typeof FriendliSystemMessage>

export const FriendliUserMessage = Type.Object(
  {
    role: Type.Literal('user', {}),
    content: Type.Union([Type.String(), Type.Array(FriendliUserContentPart)], {}),
    name,
  },
  { $id: 'FriendliUserMessage', additionalProperties: false },
)
export type FriendliUserMessage = Static<typeof FriendliUserMessage>

export const FriendliMessageToolCall = Type.Object(
  {
    id: Type.String({}),
    type: Type.Literal('function', {}),
    function: Type.Object(
      {
        name: Type.String({}),
        arguments: Type.String({}),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'FriendliMessageToolCall', additionalProperties: false },
)
export type FriendliMessageToolCall = Static<typeof FriendliMessageToolCall>

/** Assistant content is a string or null: no parts (reference §5.2). */
export const FriendliAssistantMessage = Type.Object(
  {
    role: Type.Literal('assistant', {}),
    content: Nullish(Type.String({})),
    reasoning_content: Nullish(Type.String({})),
    reasoning: Nullish(Type.String({})),
    name,
    tool_calls: Nullish(Type.Array(FriendliMessageToolCall, {})),
  },
  { $id: 'FriendliAssistantMessage', additionalProperties: false },
)
export type FriendliAssistantMessage = Static<typeof FriendliAssistantMessage>

/** Tool results are a plain string only (reference §5.2). */
export const FriendliToolMessage = Type.Object(
  {
    role: Type.Literal('tool', {}),
    content: Type.String({}),
    tool_call_id: Type.String({}),
    name: Nullish(Type.String({})),
  },
  { $id: 'FriendliToolMessage', additionalProperties: false },
)
export type FriendliToolMessage = Static<typeof FriendliToolMessage>

/** Per-`role` schemas (validation errors name one message's field); the union is made of them. */
export const FRIENDLI_MESSAGE_SCHEMAS = {
  system: FriendliSystemMessage,
  user: FriendliUserMessage,
  assistant: FriendliAssistantMessage,
  tool: FriendliToolMessage,
} as const

export const FriendliMessage = Type.Union(Object.values(FRIENDLI_MESSAGE_SCHEMAS), {
  $id: 'FriendliMessage',
})
export type FriendliMessage = Static<typeof FriendliMessage>
