import { Nullish, Type } from '@chatwire/core'
import type { Static, TProperties } from '@sinclair/typebox'
import { OpenAIMessageToolCall } from './openai-chat-message'
import { OpenAILogprobs } from './openai-logprobs'
import { OpenAIUsage } from './openai-usage'

// Descriptions (kept in ../docs/openai-schema-descriptions.ts): OpenAI's API reference (openai/openai-openapi, `CreateChatCompletionResponse`).
const jsonObject = () => Type.Record(Type.String(), Type.Unknown(), {})

export const OpenAIFinishReasonValue = Type.String({})

export const OpenAIResponseMessage = Type.Object(
  {
    role: Type.Literal('assistant', {}),
    content: Nullish(Type.String({})),
    refusal: Nullish(Type.String({})),
    tool_calls: Nullish(Type.Array(OpenAIMessageToolCall, {})),
    function_call: Nullish(
      Type.Object(
        {
          name: Type.String({}),
          arguments: Type.String({}),
        },
        {},
      ),
    ),
    annotations: Nullish(Type.Array(jsonObject(), {})),
    audio: Nullish(jsonObject()),
  },
  { $id: 'OpenAIResponseMessage' },
)
export type OpenAIResponseMessage = Static<typeof OpenAIResponseMessage>

export const openAIResponseHead = {
  id: Type.String({}),
  created: Type.Integer({}),
  model: Type.String({}),
  system_fingerprint: Nullish(Type.String({})),
  service_tier: Nullish(Type.String({})),
}

/** A choice of a `chat.completion` (`message`) or of a chunk (`delta`): the rest is shared. */
export const createOpenAIChoice = <Content extends TProperties>(content: Content) =>
  Type.Object(
    {
      index: Type.Integer({}),
      ...content,
      logprobs: Nullish(OpenAILogprobs),
      finish_reason: Nullish(OpenAIFinishReasonValue),
    },
    {},
  )

/** A non-streamed `chat.completion` object (reference §4.3). */
export const OpenAIChatResponse = Type.Object(
  {
    id: openAIResponseHead.id,
    object: Type.Literal('chat.completion', {}),
    created: openAIResponseHead.created,
    model: openAIResponseHead.model,
    choices: Type.Array(createOpenAIChoice({ message: OpenAIResponseMessage }), {}),
    usage: Nullish(OpenAIUsage),
    system_fingerprint: openAIResponseHead.system_fingerprint,
    service_tier: openAIResponseHead.service_tier,
  },
  { $id: 'OpenAIChatResponse' },
)
export type OpenAIChatResponse = Static<typeof OpenAIChatResponse>
