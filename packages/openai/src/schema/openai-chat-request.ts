import { JsonObject } from '@chatwire/core'
import { type Static, Type } from '@sinclair/typebox'
import { OpenAIChatMessage } from './openai-chat-message'
import { openAICompatibleFields } from './openai-compatible-fields'
import {
  OpenAIFunctionCallOption,
  OpenAIFunctionDefinition,
  OpenAIResponseFormat,
  OpenAITool,
  OpenAIToolChoice,
} from './openai-tool'

const nullable = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) =>
  Type.Optional(Type.Union([schema, Type.Null()]))

/** `POST /v1/chat/completions` body, as the OpenAI API accepts it (reference §4.2). */
export const OpenAIChatRequest = Type.Object(
  {
    model: Type.String({ description: 'Model ID, e.g. `gpt-4o-mini`.' }),
    messages: Type.Array(OpenAIChatMessage, { minItems: 1 }),
    max_completion_tokens: nullable(Type.Integer({ minimum: 1 })),
    max_tokens: nullable(Type.Integer({ minimum: 1, description: 'Deprecated.' })),
    temperature: nullable(Type.Number({ minimum: 0, maximum: 2, default: 1 })),
    top_p: nullable(Type.Number({ minimum: 0, maximum: 1, default: 1 })),
    n: nullable(Type.Integer({ minimum: 1, maximum: 128, default: 1 })),
    stop: nullable(
      Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1, maxItems: 4 })]),
    ),
    frequency_penalty: nullable(Type.Number({ minimum: -2, maximum: 2, default: 0 })),
    presence_penalty: nullable(Type.Number({ minimum: -2, maximum: 2, default: 0 })),
    logit_bias: nullable(Type.Record(Type.String(), Type.Integer({ minimum: -100, maximum: 100 }))),
    logprobs: nullable(Type.Boolean({ default: false })),
    top_logprobs: nullable(Type.Integer({ minimum: 0, maximum: 20 })),
    seed: nullable(Type.Integer()),
    response_format: Type.Optional(OpenAIResponseFormat),
    tools: Type.Optional(Type.Array(OpenAITool)),
    tool_choice: Type.Optional(OpenAIToolChoice),
    parallel_tool_calls: Type.Optional(Type.Boolean({ default: true })),
    stream: nullable(Type.Boolean({ default: false })),
    stream_options: nullable(
      Type.Object({
        include_usage: Type.Optional(Type.Boolean()),
        include_obfuscation: Type.Optional(Type.Boolean()),
      }),
    ),
    user: Type.Optional(Type.String({ description: 'Deprecated: use `safety_identifier`.' })),
    functions: Type.Optional(Type.Array(OpenAIFunctionDefinition, { description: 'Deprecated.' })),
    function_call: Type.Optional(OpenAIFunctionCallOption),
    metadata: nullable(Type.Record(Type.String(), Type.String())),
    store: nullable(Type.Boolean()),
    service_tier: nullable(Type.String()),
    reasoning_effort: nullable(Type.String()),
    verbosity: nullable(Type.String()),
    modalities: nullable(Type.Array(Type.String())),
    audio: nullable(JsonObject),
    prediction: nullable(JsonObject),
    web_search_options: Type.Optional(JsonObject),
    prompt_cache_key: Type.Optional(Type.String()),
    prompt_cache_retention: nullable(Type.String()),
    prompt_cache_options: Type.Optional(JsonObject),
    safety_identifier: Type.Optional(Type.String()),
    moderation: Type.Optional(Type.Unknown()),
    ...openAICompatibleFields,
  },
  {
    $id: 'OpenAIChatRequest',
    additionalProperties: false,
    description: 'OpenAI Chat Completions request body.',
  },
)
export type OpenAIChatRequest = Static<typeof OpenAIChatRequest>
