import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { FriendliMessage } from './friendli-message'
import { FriendliResponseFormat } from './friendli-response-format'
import { friendliSamplingFields } from './friendli-sampling-fields'
import { FriendliFunctionTool, FriendliToolChoice } from './friendli-tool'

export const friendliMessagesField = Type.Array(FriendliMessage, {})

/**
 * `POST /serverless/v1/chat/completions` and `/dedicated/v1/chat/completions` (one schema,
 * reference §5.2). Closed: unknown fields such as `max_completion_tokens` or `user` are invalid.
 */
export const FriendliChatRequest = Type.Object(
  {
    model: Type.String({
      examples: ['zai-org/GLM-5.2'],
    }),
    messages: friendliMessagesField,
    ...friendliSamplingFields,
    tools: Nullish(Type.Array(FriendliFunctionTool, {})),
    tool_choice: Type.Optional(FriendliToolChoice),
    min_tokens: Nullish(
      Type.Integer({
        minimum: 0,
        default: 0,
      }),
    ),
    response_format: Nullish(FriendliResponseFormat),
  },
  {
    $id: 'FriendliChatRequest',
    additionalProperties: false,

    examples: [
      {
        model: 'zai-org/GLM-5.2',
        messages: [
          { role: 'system', content: 'You are a helpful assistant.' },
          { role: 'user', content: 'Hello!' },
        ],
        max_tokens: 200,
      },
    ],
  },
)
export type FriendliChatRequest = Static<typeof FriendliChatRequest>

/** `POST /v1/chat/completions` on a Friendli Container: the same body, `model` optional. */
export const FriendliContainerChatRequest = Type.Object(
  {
    ...FriendliChatRequest.properties,
    model: Nullish(
      Type.String({
        examples: ['(adapter-route)'],
      }),
    ),
  },
  {
    $id: 'FriendliContainerChatRequest',
    additionalProperties: false,
  },
)
export type FriendliContainerChatRequest = Static<typeof FriendliContainerChatRequest>
