import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { FriendliLogprobs } from './friendli-logprobs'
import { FriendliMessageToolCall } from './friendli-message'
import { FriendliUsage } from './friendli-usage'

export const FriendliFinishReasonValue = Type.String({
  description: '`stop`, `length` or `tool_calls`.',
  examples: ['stop'],
})

export const FriendliResponseMessage = Type.Object(
  {
    role: Type.String({ description: 'Always `assistant`.' }),
    content: Nullish(Type.String({ description: 'The contents of the assistant message.' })),
    reasoning_content: Nullish(
      Type.String({ description: 'Parsed reasoning, when `parse_reasoning` is on.' }),
    ),
    tool_calls: Nullish(
      Type.Array(FriendliMessageToolCall, { description: 'The tool calls the model made.' }),
    ),
  },
  { $id: 'FriendliResponseMessage', description: 'The generated message.' },
)
export type FriendliResponseMessage = Static<typeof FriendliResponseMessage>

/** A non-streamed `chat.completion` (reference §5.3). Unknown keys from upstream are allowed. */
export const FriendliChatResponse = Type.Object(
  {
    id: Type.String({ description: 'A unique ID of the chat completion.' }),
    object: Type.Literal('chat.completion', {
      description: 'The object type, always `chat.completion`.',
    }),
    created: Type.Integer({ description: 'Unix seconds when the generation completed.' }),
    model: Nullish(
      Type.String({ description: 'The model; for dedicated endpoints, the endpoint id.' }),
    ),
    choices: Type.Array(
      Type.Object({
        index: Type.Integer({ minimum: 0, description: 'The index of the choice.' }),
        message: FriendliResponseMessage,
        finish_reason: FriendliFinishReasonValue,
        logprobs: Nullish(FriendliLogprobs),
      }),
      { description: 'One choice per `n`.' },
    ),
    usage: FriendliUsage,
  },
  {
    $id: 'FriendliChatResponse',
    description: 'A whole (non-streamed) `chat.completion`.',
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
