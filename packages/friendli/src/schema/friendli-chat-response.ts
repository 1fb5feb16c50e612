import { Nullish, Type } from '@chatwire/core'
import type { Static, TProperties, TSchema } from '@sinclair/typebox'
import { FriendliLogprobs } from './friendli-logprobs'
import { FriendliMessageToolCall } from './friendli-message'
import { FriendliUsage } from './friendli-usage'

const FriendliFinishReasonValue = Type.String({
  examples: ['stop'],
})

/**
 * A choice of a `chat.completion` (`message`) or of a chunk (`delta`); the finish reason's form
 * differs between them (reference §5.3, §5.4).
 */
export const createFriendliChoice = <Content extends TProperties, FinishReason extends TSchema>(
  content: Content,
  finishReason: FinishReason,
) =>
  Type.Object({
    index: Type.Integer({ minimum: 0 }),
    ...content,
    finish_reason: finishReason,
    logprobs: Nullish(FriendliLogprobs),
  })

export const FriendliResponseMessage = Type.Object(
  {
    role: Type.String({}),
    content: Nullish(Type.String({})),
    reasoning_content: Nullish(Type.String({})),
    tool_calls: Nullish(Type.Array(FriendliMessageToolCall, {})),
  },
  { $id: 'FriendliResponseMessage' },
)
export type FriendliResponseMessage = Static<typeof FriendliResponseMessage>

/** A non-streamed `chat.completion` (reference §5.3). Unknown keys from upstream are allowed. */
export const FriendliChatResponse = Type.Object(
  {
    id: Type.String({}),
    object: Type.Literal('chat.completion', {}),
    created: Type.Integer({}),
    model: Nullish(Type.String({})),
    choices: Type.Array(
      createFriendliChoice({ message: FriendliResponseMessage }, FriendliFinishReasonValue),
      {},
    ),
    usage: FriendliUsage,
  },
  {
    $id: 'FriendliChatResponse',

    examples: [
      {
        id: 'chatcmpl-4b71d12c86d94e719c7e3984a7bb7941',
        model: 'zai-org/GLM-5.2',
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'Hello there, how may I assist you today?' },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 9, completion_tokens: 11, total_tokens: 20 },
        created: 1735722153,
      },
    ],
  },
)
export type FriendliChatResponse = Static<typeof FriendliChatResponse>
