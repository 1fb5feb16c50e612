import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { createOpenAIChoice, openAIResponseHead } from './openai-chat-response'
import { OpenAIUsage } from './openai-usage'

// Descriptions (kept in ../docs/openai-schema-descriptions.ts): OpenAI's API reference (openai/openai-openapi, `CreateChatCompletionStreamResponse`).
export const OpenAIToolCallDelta = Type.Object(
  {
    index: Type.Integer({}),
    id: Nullish(Type.String({})),
    type: Nullish(Type.Literal('function', {})),
    function: Nullish(
      Type.Object(
        {
          name: Nullish(Type.String({})),
          arguments: Nullish(Type.String({})),
        },
        {},
      ),
    ),
  },
  { $id: 'OpenAIToolCallDelta' },
)
export type OpenAIToolCallDelta = Static<typeof OpenAIToolCallDelta>

export const OpenAIChunkDelta = Type.Object(
  {
    role: Nullish(Type.String({})),
    content: Nullish(Type.String({})),
    refusal: Nullish(Type.String({})),
    tool_calls: Nullish(Type.Array(OpenAIToolCallDelta, {})),
  },
  { $id: 'OpenAIChunkDelta' },
)
export type OpenAIChunkDelta = Static<typeof OpenAIChunkDelta>

/** One `chat.completion.chunk` SSE payload (reference §4.4). */
export const OpenAIChatChunk = Type.Object(
  {
    id: Type.String({}),
    object: Type.Literal('chat.completion.chunk', {}),
    created: openAIResponseHead.created,
    model: openAIResponseHead.model,
    system_fingerprint: openAIResponseHead.system_fingerprint,
    service_tier: openAIResponseHead.service_tier,
    choices: Type.Array(createOpenAIChoice({ delta: OpenAIChunkDelta }), {}),
    usage: Nullish(OpenAIUsage),
  },
  { $id: 'OpenAIChatChunk' },
)
export type OpenAIChatChunk = Static<typeof OpenAIChatChunk>
