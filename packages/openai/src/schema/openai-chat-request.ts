import { StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OPENAI_ENUM_FIELDS } from '../request/openai-enum-fields'
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
const jsonObject = () => Type.Record(Type.String(), Type.Unknown(), {})

/**
 * `POST /v1/chat/completions` body, as the OpenAI API accepts it (reference §4.2), plus the
 * extra fields OpenAI-compatible servers take ({@link openAICompatibleFields}). Descriptions,
 * defaults and ranges: OpenAI's API reference (openai/openai-openapi,
 * `CreateChatCompletionRequest`).
 */
export const OpenAIChatRequest = Type.Object(
  {
    model: Type.String({}),
    messages: Type.Array(OpenAIChatMessage, {
      minItems: 1,
    }),
    max_completion_tokens: nullable(
      Type.Integer({
        minimum: 1,
      }),
    ),
    max_tokens: nullable(
      Type.Integer({
        minimum: 1,
      }),
    ),
    temperature: nullable(
      Type.Number({
        minimum: 0,
        maximum: 2,
        default: 1,
      }),
    ),
    top_p: nullable(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: 1,
      }),
    ),
    n: nullable(
      Type.Integer({
        minimum: 1,
        maximum: 128,
        default: 1,
      }),
    ),
    stop: nullable(
      Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1, maxItems: 4 })], {}),
    ),
    frequency_penalty: nullable(
      Type.Number({
        minimum: -2,
        maximum: 2,
        default: 0,
      }),
    ),
    presence_penalty: nullable(
      Type.Number({
        minimum: -2,
        maximum: 2,
        default: 0,
      }),
    ),
    logit_bias: nullable(
      Type.Record(Type.String(), Type.Integer({ minimum: -100, maximum: 100 }), {}),
    ),
    logprobs: nullable(
      Type.Boolean({
        default: false,
      }),
    ),
    top_logprobs: nullable(
      Type.Integer({
        minimum: 0,
        maximum: 20,
      }),
    ),
    seed: nullable(Type.Integer({})),
    response_format: Type.Optional(OpenAIResponseFormat),
    tools: Type.Optional(Type.Array(OpenAITool, {})),
    tool_choice: Type.Optional(OpenAIToolChoice),
    parallel_tool_calls: Type.Optional(
      Type.Boolean({
        default: true,
      }),
    ),
    stream: nullable(
      Type.Boolean({
        default: false,
      }),
    ),
    stream_options: nullable(
      Type.Object(
        {
          include_usage: Type.Optional(Type.Boolean({})),
          include_obfuscation: Type.Optional(
            Type.Boolean({
              default: true,
            }),
          ),
        },
        {},
      ),
    ),
    user: Type.Optional(Type.String({})),
    functions: Type.Optional(Type.Array(OpenAIFunctionDefinition, {})),
    function_call: Type.Optional(OpenAIFunctionCallOption),
    metadata: nullable(Type.Record(Type.String(), Type.String(), {})),
    store: nullable(
      Type.Boolean({
        default: false,
      }),
    ),
    service_tier: nullable(StringEnum(OPENAI_ENUM_FIELDS.service_tier, {})),
    reasoning_effort: nullable(StringEnum(OPENAI_ENUM_FIELDS.reasoning_effort, {})),
    verbosity: nullable(StringEnum(OPENAI_ENUM_FIELDS.verbosity, {})),
    modalities: nullable(Type.Array(StringEnum(['text', 'audio']), {})),
    audio: nullable(
      Type.Object(
        {
          voice: Type.Union([Type.String(), Type.Object({ id: Type.String({}) }, {})], {}),
          format: StringEnum(['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'], {}),
        },
        {},
      ),
    ),
    prediction: nullable(jsonObject()),
    web_search_options: Type.Optional(jsonObject()),
    prompt_cache_key: nullable(Type.String({})),
    prompt_cache_retention: nullable(StringEnum(OPENAI_ENUM_FIELDS.prompt_cache_retention, {})),
    prompt_cache_options: Type.Optional(jsonObject()),
    safety_identifier: nullable(
      Type.String({
        maxLength: 64,
      }),
    ),
    moderation: Type.Optional(Type.Unknown({})),
    ...openAICompatibleFields,
  },
  {
    $id: 'OpenAIChatRequest',
    additionalProperties: false,
  },
)
export type OpenAIChatRequest = Static<typeof OpenAIChatRequest>
