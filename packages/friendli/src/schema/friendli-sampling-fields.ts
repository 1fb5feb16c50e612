import { Nullish, StringEnum, Type } from '@chatwire/core'

/** The reasoning efforts Friendli accepts (reference §5.2; older spec revisions list three). */
export const FRIENDLI_REASONING_EFFORTS = [
  'minimal',
  'low',
  'medium',
  'high',
  'xhigh',
  'max',
  'ultracode',
] as const

const unit = (defaultValue: number) =>
  Nullish(Type.Number({ minimum: 0, maximum: 1, default: defaultValue }))

/**
 * Sampling and output knobs every Friendli chat endpoint shares (serverless, dedicated and
 * tool-assisted), in the spec's words (reference §5.2). All optional fields are nullable.
 */
export const friendliSamplingFields = {
  chat_template_kwargs: Nullish(Type.Record(Type.String(), Type.Unknown(), {})),
  eos_token: Nullish(Type.Array(Type.Integer(), {})),
  frequency_penalty: Nullish(
    Type.Number({
      minimum: -2,
      maximum: 2,
    }),
  ),
  logit_bias: Nullish(Type.Record(Type.String(), Type.Number(), {})),
  logprobs: Nullish(Type.Boolean({})),
  max_tokens: Nullish(
    Type.Integer({
      minimum: 0,
    }),
  ),
  min_p: unit(0),
  n: Nullish(Type.Integer({ minimum: 1, default: 1 })),
  parallel_tool_calls: Nullish(Type.Boolean({})),
  presence_penalty: Nullish(
    Type.Number({
      minimum: -2,
      maximum: 2,
    }),
  ),
  repetition_penalty: Nullish(
    Type.Number({
      exclusiveMinimum: 0,
      default: 1,
    }),
  ),
  reasoning_effort: Nullish(StringEnum(FRIENDLI_REASONING_EFFORTS, {})),
  reasoning_budget: Nullish(Type.Integer({ minimum: 0 })),
  seed: Nullish(Type.Union([Type.Integer(), Type.Array(Type.Integer())], {})),
  stop: Nullish(
    Type.Array(Type.String(), {
      default: [],
    }),
  ),
  stream: Nullish(Type.Boolean({ default: false })),
  stream_options: Nullish(
    Type.Object(
      {
        include_usage: Nullish(Type.Boolean({})),
      },
      { additionalProperties: false },
    ),
  ),
  parse_reasoning: Nullish(Type.Boolean({})),
  include_reasoning: Nullish(
    Type.Boolean({
      default: true,
    }),
  ),
  temperature: Nullish(Type.Number({ minimum: 0, default: 1 })),
  top_k: Nullish(
    Type.Integer({
      minimum: 0,
      default: 0,
    }),
  ),
  top_logprobs: Nullish(Type.Integer({ minimum: 0 })),
  top_p: Nullish(
    Type.Number({
      // The spec's prose says 0 is exclusive, its schema sets no bound: 0 is accepted (SOURCES.md).
      minimum: 0,
      maximum: 1,
      default: 1,
    }),
  ),
  xtc_threshold: unit(0),
  xtc_probability: unit(0),
}
