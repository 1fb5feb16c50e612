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
    model: Type.String({ description: 'The model code.', examples: ['zai-org/GLM-5.2'] }),
    messages: friendliMessagesField,
    ...friendliSamplingFields,
    tools: Nullish(
      Type.Array(FriendliToolAssistedTool, {
        maxItems: 128,
        description:
          'Functions and built-in tools (`web:search`, `math:calculator`, …); at most 128.',
      }),
    ),
    tool_choice: Type.Optional(FriendliToolChoice),
    resume_generation: Type.Optional(
      Type.Boolean({
        description:
          'Keep generating after a built-in tool error (gives up after 8 failures). May use more tokens.',
      }),
    ),
  },
  {
    $id: 'FriendliToolAssistedChatRequest',
    additionalProperties: false,
    description: 'Friendli serverless tool-assisted chat completion request body (Beta).',
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
