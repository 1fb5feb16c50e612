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
const jsonObject = (description: string) =>
  Type.Record(Type.String(), Type.Unknown(), { description })

/**
 * `POST /v1/chat/completions` body, as the OpenAI API accepts it (reference §4.2), plus the
 * extra fields OpenAI-compatible servers take ({@link openAICompatibleFields}). Descriptions,
 * defaults and ranges: OpenAI's API reference (openai/openai-openapi,
 * `CreateChatCompletionRequest`).
 */
export const OpenAIChatRequest = Type.Object(
  {
    model: Type.String({ description: 'Model ID, e.g. `gpt-4o-mini`.' }),
    messages: Type.Array(OpenAIChatMessage, {
      minItems: 1,
      description: 'The conversation so far (at least one message).',
    }),
    max_completion_tokens: nullable(
      Type.Integer({
        minimum: 1,
        description: 'Upper bound on generated tokens, visible output and reasoning tokens.',
      }),
    ),
    max_tokens: nullable(
      Type.Integer({
        minimum: 1,
        description: 'Deprecated (use `max_completion_tokens`); not for o-series models.',
      }),
    ),
    temperature: nullable(
      Type.Number({
        minimum: 0,
        maximum: 2,
        default: 1,
        description: 'Sampling temperature, 0–2: higher is more random. Alter this or `top_p`.',
      }),
    ),
    top_p: nullable(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: 1,
        description: 'Nucleus sampling: only the tokens of the top `top_p` probability mass.',
      }),
    ),
    n: nullable(
      Type.Integer({
        minimum: 1,
        maximum: 128,
        default: 1,
        description: 'How many choices to generate; you pay for all of them.',
      }),
    ),
    stop: nullable(
      Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1, maxItems: 4 })], {
        description: 'Up to 4 sequences where generation stops; not in the returned text.',
      }),
    ),
    frequency_penalty: nullable(
      Type.Number({
        minimum: -2,
        maximum: 2,
        default: 0,
        description: 'Penalises tokens by how often they appeared so far (-2.0 to 2.0).',
      }),
    ),
    presence_penalty: nullable(
      Type.Number({
        minimum: -2,
        maximum: 2,
        default: 0,
        description: 'Penalises tokens that appeared at all so far (-2.0 to 2.0).',
      }),
    ),
    logit_bias: nullable(
      Type.Record(Type.String(), Type.Integer({ minimum: -100, maximum: 100 }), {
        description: 'Maps token IDs to a bias from -100 (ban) to 100 (only) added to the logits.',
      }),
    ),
    logprobs: nullable(
      Type.Boolean({
        default: false,
        description: 'Return the log probability of each output token.',
      }),
    ),
    top_logprobs: nullable(
      Type.Integer({
        minimum: 0,
        maximum: 20,
        description: 'With `logprobs`: the most likely alternatives to return per position (0–20).',
      }),
    ),
    seed: nullable(
      Type.Integer({
        description: 'Best-effort deterministic sampling; compare `system_fingerprint`.',
      }),
    ),
    response_format: Type.Optional(OpenAIResponseFormat),
    tools: Type.Optional(
      Type.Array(OpenAITool, { description: 'Tools the model may call: functions or custom.' }),
    ),
    tool_choice: Type.Optional(OpenAIToolChoice),
    parallel_tool_calls: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'Whether the model may call several tools in one turn.',
      }),
    ),
    stream: nullable(
      Type.Boolean({
        default: false,
        description: 'Stream the answer as server-sent events, ending with `data: [DONE]`.',
      }),
    ),
    stream_options: nullable(
      Type.Object(
        {
          include_usage: Type.Optional(
            Type.Boolean({
              description: 'Send a last chunk with `usage` and no choices before `[DONE]`.',
            }),
          ),
          include_obfuscation: Type.Optional(
            Type.Boolean({
              default: true,
              description: 'Pad deltas with an `obfuscation` field against side channels.',
            }),
          ),
        },
        { description: 'Options for a streamed answer; only with `stream: true`.' },
      ),
    ),
    user: Type.Optional(Type.String({ description: 'Deprecated: use `safety_identifier`.' })),
    functions: Type.Optional(Type.Array(OpenAIFunctionDefinition, { description: 'Deprecated.' })),
    function_call: Type.Optional(OpenAIFunctionCallOption),
    metadata: nullable(
      Type.Record(Type.String(), Type.String(), {
        description: 'Up to 16 key-value pairs (keys ≤ 64, values ≤ 512 characters).',
      }),
    ),
    store: nullable(
      Type.Boolean({
        default: false,
        description: 'Store the output for model distillation or evals.',
      }),
    ),
    service_tier: nullable(
      StringEnum(OPENAI_ENUM_FIELDS.service_tier, {
        description:
          'Processing tier: `auto` (default: the project setting), `default`, `flex`, `scale`, `priority` or `fast`.',
      }),
    ),
    reasoning_effort: nullable(
      StringEnum(OPENAI_ENUM_FIELDS.reasoning_effort, {
        description:
          'Reasoning models: `none`, `minimal`, `low`, `medium` (default), `high`, `xhigh` or `max`.',
      }),
    ),
    verbosity: nullable(
      StringEnum(OPENAI_ENUM_FIELDS.verbosity, {
        description: 'Answer length: `low`, `medium` (default) or `high`.',
      }),
    ),
    modalities: nullable(
      Type.Array(StringEnum(['text', 'audio']), {
        description: 'Output types: `["text"]` (default) or `["text", "audio"]`.',
      }),
    ),
    audio: nullable(
      Type.Object(
        {
          voice: Type.Union(
            [
              Type.String(),
              Type.Object(
                { id: Type.String({ description: 'A custom voice ID.' }) },
                { description: 'A custom voice.' },
              ),
            ],
            {
              description:
                'A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`, `sage`, `shimmer`, `marin`, `cedar`) or `{"id": …}`.',
            },
          ),
          format: StringEnum(['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'], {
            description: 'The output audio format.',
          }),
        },
        { description: 'Audio output parameters; required with `modalities: ["audio"]`.' },
      ),
    ),
    prediction: nullable(
      jsonObject('Predicted Output: content known in advance, to answer faster.'),
    ),
    web_search_options: Type.Optional(jsonObject('Search the web for the answer (search models).')),
    prompt_cache_key: nullable(
      Type.String({ description: 'Groups similar requests for prompt caching (replaces `user`).' }),
    ),
    prompt_cache_retention: nullable(
      StringEnum(OPENAI_ENUM_FIELDS.prompt_cache_retention, {
        description: 'Deprecated (use `prompt_cache_options.ttl`): `in_memory` or `24h`.',
      }),
    ),
    prompt_cache_options: Type.Optional(jsonObject('Prompt caching options.')),
    safety_identifier: nullable(
      Type.String({
        maxLength: 64,
        description:
          'A stable, hashed ID of the end user (at most 64 characters), for abuse detection.',
      }),
    ),
    moderation: Type.Optional(Type.Unknown({ description: 'Moderation options.' })),
    ...openAICompatibleFields,
  },
  {
    $id: 'OpenAIChatRequest',
    additionalProperties: false,
    description: 'OpenAI Chat Completions request body.',
  },
)
export type OpenAIChatRequest = Static<typeof OpenAIChatRequest>
