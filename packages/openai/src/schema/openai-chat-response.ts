import { JsonObject, Nullish } from '@chatwire/core'
import { type Static, Type } from '@sinclair/typebox'
import { OpenAIMessageToolCall } from './openai-chat-message'
import { OpenAILogprobs } from './openai-logprobs'
import { OpenAIUsage } from './openai-usage'

export const OpenAIFinishReasonValue = Type.String({
  description: 'stop | length | tool_calls | content_filter | function_call',
})

export const OpenAIResponseMessage = Type.Object(
  {
    role: Type.Literal('assistant'),
    content: Nullish(Type.String()),
    refusal: Nullish(Type.String()),
    tool_calls: Nullish(Type.Array(OpenAIMessageToolCall)),
    function_call: Nullish(Type.Object({ name: Type.String(), arguments: Type.String() })),
    annotations: Nullish(Type.Array(JsonObject)),
    audio: Nullish(JsonObject),
  },
  { $id: 'OpenAIResponseMessage' },
)
export type OpenAIResponseMessage = Static<typeof OpenAIResponseMessage>

/** A non-streamed `chat.completion` object (reference §4.3). */
export const OpenAIChatResponse = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('chat.completion'),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(
      Type.Object({
        index: Type.Integer(),
        message: OpenAIResponseMessage,
        logprobs: Nullish(OpenAILogprobs),
        finish_reason: Nullish(OpenAIFinishReasonValue),
      }),
    ),
    usage: Nullish(OpenAIUsage),
    system_fingerprint: Nullish(Type.String()),
    service_tier: Nullish(Type.String()),
  },
  { $id: 'OpenAIChatResponse' },
)
export type OpenAIChatResponse = Static<typeof OpenAIChatResponse>
