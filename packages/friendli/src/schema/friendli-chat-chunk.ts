import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { FriendliLogprobs } from './friendli-logprobs'
import { FriendliUsage } from './friendli-usage'

export const FriendliToolCallDelta = Type.Object(
  {
    index: Type.Integer({ minimum: 0, description: 'The index of the tool call being generated.' }),
    id: Nullish(Type.String({ description: 'The ID of the tool call.' })),
    type: Nullish(
      Type.Literal('function', { description: 'The type of the tool, always `function`.' }),
    ),
    function: Type.Object(
      {
        name: Nullish(
          Type.String({ description: 'The name of the function to call (first fragment).' }),
        ),
        arguments: Nullish(Type.String({ description: 'A fragment of the arguments JSON.' })),
      },
      { description: 'The function being called.' },
    ),
  },
  { $id: 'FriendliToolCallDelta', description: 'A fragment of a streamed tool call.' },
)
export type FriendliToolCallDelta = Static<typeof FriendliToolCallDelta>

export const FriendliChunkDelta = Type.Object(
  {
    role: Nullish(Type.String({ description: 'Repeated on every delta by some models.' })),
    content: Nullish(Type.String({ description: 'The next fragment of the answer text.' })),
    reasoning_content: Nullish(Type.String({ description: 'A fragment of parsed reasoning.' })),
    tool_calls: Nullish(
      Type.Array(FriendliToolCallDelta, { description: 'Fragments of the tool calls.' }),
    ),
  },
  { $id: 'FriendliChunkDelta', description: 'What this chunk adds to the message.' },
)
export type FriendliChunkDelta = Static<typeof FriendliChunkDelta>

/**
 * One `chat.completion.chunk` (reference §5.4): `finish_reason` may be the *string* `"null"`,
 * `model` may be missing, and the usage chunk has `choices: []`.
 */
export const FriendliChatChunk = Type.Object(
  {
    id: Type.String({
      description: 'A unique ID of the chat completion; the same on every chunk.',
    }),
    object: Type.Literal('chat.completion.chunk', {
      description: 'The object type, always `chat.completion.chunk`.',
    }),
    model: Nullish(Type.String({ description: 'The model; missing on some serverless chunks.' })),
    choices: Type.Array(
      Type.Object({
        index: Type.Integer({ minimum: 0, description: 'The index of the choice.' }),
        delta: FriendliChunkDelta,
        finish_reason: Nullish(
          Type.String({ description: '`stop`, `length`, `tool_calls`, or the string `"null"`.' }),
        ),
        logprobs: Nullish(FriendliLogprobs),
      }),
      { description: 'One entry per choice; empty on the final usage chunk.' },
    ),
    usage: Nullish(FriendliUsage),
    created: Type.Integer({ description: 'Unix seconds when the token was sampled.' }),
  },
  { $id: 'FriendliChatChunk', description: 'One streamed `chat.completion.chunk`.' },
)
export type FriendliChatChunk = Static<typeof FriendliChatChunk>
