import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OpenAIFinishReasonValue, openAIResponseHead } from './openai-chat-response'
import { OpenAILogprobs } from './openai-logprobs'
import { OpenAIUsage } from './openai-usage'

// Descriptions: OpenAI's API reference (openai/openai-openapi, `CreateChatCompletionStreamResponse`).
export const OpenAIToolCallDelta = Type.Object(
  {
    index: Type.Integer({
      description: 'Which tool call of the message this fragment belongs to.',
    }),
    id: Nullish(Type.String({ description: 'The ID of the tool call (first fragment only).' })),
    type: Nullish(Type.Literal('function', { description: 'The type of the tool: `function`.' })),
    function: Nullish(
      Type.Object(
        {
          name: Nullish(Type.String({ description: 'The name of the function (first fragment).' })),
          arguments: Nullish(Type.String({ description: 'The next piece of the JSON arguments.' })),
        },
        { description: 'The function call fragment.' },
      ),
    ),
  },
  { $id: 'OpenAIToolCallDelta', description: 'A fragment of a tool call.' },
)
export type OpenAIToolCallDelta = Static<typeof OpenAIToolCallDelta>

export const OpenAIChunkDelta = Type.Object(
  {
    role: Nullish(Type.String({ description: 'The role of the author (first delta only).' })),
    content: Nullish(Type.String({ description: 'The next piece of the message contents.' })),
    refusal: Nullish(Type.String({ description: 'The next piece of the refusal message.' })),
    tool_calls: Nullish(
      Type.Array(OpenAIToolCallDelta, { description: 'Fragments of tool calls.' }),
    ),
  },
  { $id: 'OpenAIChunkDelta', description: 'What the chunk adds to the message.' },
)
export type OpenAIChunkDelta = Static<typeof OpenAIChunkDelta>

/** One `chat.completion.chunk` SSE payload (reference §4.4). */
export const OpenAIChatChunk = Type.Object(
  {
    id: Type.String({ description: 'The ID of the chat completion; the same in every chunk.' }),
    object: Type.Literal('chat.completion.chunk', {
      description: 'Always `chat.completion.chunk`.',
    }),
    created: openAIResponseHead.created,
    model: openAIResponseHead.model,
    system_fingerprint: openAIResponseHead.system_fingerprint,
    service_tier: openAIResponseHead.service_tier,
    choices: Type.Array(
      Type.Object(
        {
          index: Type.Integer({ description: 'The index of the choice in the list.' }),
          delta: OpenAIChunkDelta,
          logprobs: Nullish(OpenAILogprobs),
          finish_reason: Nullish(OpenAIFinishReasonValue),
        },
        { description: 'A choice delta.' },
      ),
      { description: 'The choice deltas; empty in the last chunk with `include_usage`.' },
    ),
    usage: Nullish(OpenAIUsage),
  },
  { $id: 'OpenAIChatChunk', description: 'A streamed chunk of a chat completion.' },
)
export type OpenAIChatChunk = Static<typeof OpenAIChatChunk>
