import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { createFriendliChoice } from './friendli-chat-response'
import { FriendliUsage } from './friendli-usage'

export const FriendliToolCallDelta = Type.Object(
  {
    index: Type.Integer({ minimum: 0 }),
    id: Nullish(Type.String({})),
    type: Nullish(Type.Literal('function', {})),
    function: Type.Object(
      {
        name: Nullish(Type.String({})),
        arguments: Nullish(Type.String({})),
      },
      {},
    ),
  },
  { $id: 'FriendliToolCallDelta' },
)
export type FriendliToolCallDelta = Static<typeof FriendliToolCallDelta>

export const FriendliChunkDelta = Type.Object(
  {
    role: Nullish(Type.String({})),
    content: Nullish(Type.String({})),
    reasoning_content: Nullish(Type.String({})),
    tool_calls: Nullish(Type.Array(FriendliToolCallDelta, {})),
  },
  { $id: 'FriendliChunkDelta' },
)
export type FriendliChunkDelta = Static<typeof FriendliChunkDelta>

/**
 * One `chat.completion.chunk` (reference §5.4): `finish_reason` may be the *string* `"null"`,
 * `model` may be missing, and the usage chunk has `choices: []`.
 */
export const FriendliChatChunk = Type.Object(
  {
    id: Type.String({}),
    object: Type.Literal('chat.completion.chunk', {}),
    model: Nullish(Type.String({})),
    choices: Type.Array(
      createFriendliChoice({ delta: FriendliChunkDelta }, Nullish(Type.String({}))),
      {},
    ),
    usage: Nullish(FriendliUsage),
    created: Type.Integer({}),
  },
  { $id: 'FriendliChatChunk' },
)
export type FriendliChatChunk = Static<typeof FriendliChatChunk>
