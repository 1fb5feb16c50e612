import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OctoAIChatMessage } from './octoai-chat-message'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

const jsonObject = () => Type.Record(Type.String(), Type.Unknown())

export const OctoAITool = Type.Object(
  {
    type: Type.Optional(
      Type.Literal('function', {
        default: 'function',
      }),
    ),
    function: Type.Object({
      name: Type.String(),
      description: Type.Optional(
        Type.String({
          default: '',
        }),
      ),
      parameters: Type.Optional(jsonObject()),
    }),
  },
  { $id: 'OctoAITool' },
)
export type OctoAITool = Static<typeof OctoAITool>

export const OctoAIToolChoice = Type.Union(
  [
    Type.Literal('auto'),
    Type.Literal('required'),
    Type.Object({
      type: Type.Optional(
        Type.Literal('function', {
          default: 'function',
        }),
      ),
      function: Type.Object({ name: Type.String() }),
    }),
  ],
  {
    $id: 'OctoAIToolChoice',
  },
)
export type OctoAIToolChoice = Static<typeof OctoAIToolChoice>

export const OctoAIResponseFormat = Type.Object(
  {
    type: Type.String(),
    schema: Nullish(jsonObject()),
    json_schema: Type.Optional(
      Type.Object({
        name: Type.Optional(Type.String()),
        description: Type.Optional(Type.String()),
        schema: Type.Optional(jsonObject()),
        strict: Nullish(Type.Boolean()),
      }),
    ),
  },
  {
    $id: 'OctoAIResponseFormat',
  },
)
export type OctoAIResponseFormat = Static<typeof OctoAIResponseFormat>

const penalty = () => Type.Optional(Type.Number({ minimum: -2, maximum: 2, default: 0 }))
const flag = () => Type.Optional(Type.Boolean({ default: false }))

/** `CreateChatCompletionRequest`, OctoAI's final spec (2024-08-30); reference §6.2. */
export const OctoAIChatRequest = Type.Object(
  {
    model: Type.String(),
    messages: Type.Array(OctoAIChatMessage),
    max_tokens: Type.Optional(Type.Integer({ minimum: 1, default: 512 })),
    temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 2, default: 1 })),
    top_p: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, default: 1 })),
    n: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
    stop: Nullish(Type.Union([Type.String(), Type.Array(Type.String())])),
    frequency_penalty: penalty(),
    presence_penalty: penalty(),
    repetition_penalty: Type.Optional(Type.Number({ exclusiveMinimum: 0, default: 1 })),
    min_p: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: 0,
      }),
    ),
    logit_bias: Nullish(Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()]))),
    logprobs: flag(),
    top_logprobs: Type.Optional(Type.Integer({ default: 0 })),
    loglikelihood: flag(),
    ignore_eos: flag(),
    log_prompt: flag(),
    peft: Nullish(Type.String()),
    response_format: Nullish(OctoAIResponseFormat),
    tools: Nullish(Type.Array(OctoAITool, { maxItems: 128 })),
    tool_choice: Nullish(OctoAIToolChoice),
    stream: flag(),
    stream_options: Nullish(Type.Object({ include_usage: flag() })),
    user: Nullish(Type.String()),
  },
  {
    $id: 'OctoAIChatRequest',
  },
)
export type OctoAIChatRequest = Static<typeof OctoAIChatRequest>
