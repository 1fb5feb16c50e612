import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OpenAIMessageToolCall } from './openai-chat-message'
import { OpenAILogprobs } from './openai-logprobs'
import { OpenAIUsage } from './openai-usage'

// Descriptions: OpenAI's API reference (openai/openai-openapi, `CreateChatCompletionResponse`).
const jsonObject = (description: string) =>
  Type.Record(Type.String(), Type.Unknown(), { description })

export const OpenAIFinishReasonValue = Type.String({
  description:
    'Why generation stopped: `stop` (natural end or a stop sequence), `length` (token limit), `tool_calls`, `content_filter` or `function_call` (deprecated).',
})

export const OpenAIResponseMessage = Type.Object(
  {
    role: Type.Literal('assistant', { description: 'The role of the author: `assistant`.' }),
    content: Nullish(Type.String({ description: 'The contents of the message.' })),
    refusal: Nullish(Type.String({ description: 'The refusal message the model generated.' })),
    tool_calls: Nullish(
      Type.Array(OpenAIMessageToolCall, { description: 'The tool calls the model generated.' }),
    ),
    function_call: Nullish(
      Type.Object(
        {
          name: Type.String({ description: 'The name of the function to call.' }),
          arguments: Type.String({ description: 'The arguments, as JSON the model generated.' }),
        },
        { description: 'Deprecated (replaced by `tool_calls`): the function the model called.' },
      ),
    ),
    annotations: Nullish(
      Type.Array(jsonObject('An annotation, e.g. a `url_citation`.'), {
        description: 'Annotations of the message, e.g. web search citations.',
      }),
    ),
    audio: Nullish(jsonObject('The audio answer, when audio output was asked for.')),
  },
  { $id: 'OpenAIResponseMessage', description: 'The message the model generated.' },
)
export type OpenAIResponseMessage = Static<typeof OpenAIResponseMessage>

export const openAIResponseHead = {
  id: Type.String({ description: 'A unique identifier of the chat completion.' }),
  created: Type.Integer({ description: 'When it was created, in Unix seconds.' }),
  model: Type.String({ description: 'The model used.' }),
  system_fingerprint: Nullish(
    Type.String({ description: 'The backend configuration the model ran with (see `seed`).' }),
  ),
  service_tier: Nullish(Type.String({ description: 'The processing tier that served it.' })),
}
const choiceIndex = Type.Integer({ description: 'The index of the choice in the list.' })
const choiceLogprobs = Nullish(OpenAILogprobs)

/** A non-streamed `chat.completion` object (reference §4.3). */
export const OpenAIChatResponse = Type.Object(
  {
    id: openAIResponseHead.id,
    object: Type.Literal('chat.completion', { description: 'Always `chat.completion`.' }),
    created: openAIResponseHead.created,
    model: openAIResponseHead.model,
    choices: Type.Array(
      Type.Object(
        {
          index: choiceIndex,
          message: OpenAIResponseMessage,
          logprobs: choiceLogprobs,
          finish_reason: Nullish(OpenAIFinishReasonValue),
        },
        { description: 'A completion choice.' },
      ),
      { description: 'The completion choices; several when `n` > 1.' },
    ),
    usage: Nullish(OpenAIUsage),
    system_fingerprint: openAIResponseHead.system_fingerprint,
    service_tier: openAIResponseHead.service_tier,
  },
  { $id: 'OpenAIChatResponse', description: 'A chat completion.' },
)
export type OpenAIChatResponse = Static<typeof OpenAIChatResponse>
