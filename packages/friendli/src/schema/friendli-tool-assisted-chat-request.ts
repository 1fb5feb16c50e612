import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { friendliMessagesField } from './friendli-chat-request'
import { friendliSamplingFields } from './friendli-sampling-fields'
import { FriendliToolAssistedTool, FriendliToolChoice } from './friendli-tool'

/**
 * `POST /serverless/tools/v1/chat/completions` (Beta): the chat body without `min_tokens` and
 * `response_format`, plus built-in tools and `resume_generation` (reference §5.2).
 */
export const FriendliToolAssistedChatRequest = Type.Object(
  {
    model: Type.String({ examples: ['zai-org/GLM-5.2'] }),
    messages: friendliMessagesField,
    ...friendliSamplingFields,
    tools: Nullish(
      Type.Array(FriendliToolAssistedTool, {
        maxItems: 128,
      }),
    ),
    tool_choice: Type.Optional(FriendliToolChoice),
    resume_generation: Type.Optional(Type.Boolean({})),
  },
  {
    $id: 'FriendliToolAssistedChatRequest',
    additionalProperties: false,

    examples: [
      {
        model: 'zai-org/GLM-5.2',
        messages: [{ role: 'user', content: 'What is 3 + 6?' }],
        tools: [{ type: 'math:calculator' }, { type: 'web:search' }],
        stream: true,
      },
    ],
  },
)
export type FriendliToolAssistedChatRequest = Static<typeof FriendliToolAssistedChatRequest>
