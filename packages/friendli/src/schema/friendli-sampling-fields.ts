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

const unit = (description: string, defaultValue: number) =>
  Nullish(Type.Number({ minimum: 0, maximum: 1, default: defaultValue, description }))

/**
 * Sampling and output knobs every Friendli chat endpoint shares (serverless, dedicated and
 * tool-assisted), in the spec's words (reference §5.2). All optional fields are nullable.
 */
export const friendliSamplingFields = {
  chat_template_kwargs: Nullish(
    Type.Record(Type.String(), Type.Unknown(), {
      description:
        'Extra keyword arguments for the chat template, e.g. `{"enable_thinking": false}`.',
    }),
  ),
  eos_token: Nullish(
    Type.Array(Type.Integer(), { description: 'Extra end-of-sequence token ids.' }),
  ),
  frequency_penalty: Nullish(
    Type.Number({
      minimum: -2,
      maximum: 2,
      description: 'Penalises tokens by how often they were sampled so far.',
    }),
  ),
  logit_bias: Nullish(
    Type.Record(Type.String(), Type.Number(), {
      description: 'Maps token ids to a bias added to their logits before sampling.',
    }),
  ),
  logprobs: Nullish(
    Type.Boolean({ description: 'Whether to return log probabilities of the output tokens.' }),
  ),
  max_tokens: Nullish(
    Type.Integer({
      minimum: 0,
      description:
        'The maximum number of tokens to generate (Friendli has no `max_completion_tokens`).',
    }),
  ),
  min_p: unit('Drops tokens below `min_p` × the top probability; 0 disables.', 0),
  n: Nullish(
    Type.Integer({ minimum: 1, default: 1, description: 'Number of independent generations.' }),
  ),
  parallel_tool_calls: Nullish(
    Type.Boolean({ description: 'Whether to enable parallel function calling.' }),
  ),
  presence_penalty: Nullish(
    Type.Number({
      minimum: -2,
      maximum: 2,
      description: 'Penalises tokens that were sampled at least once so far.',
    }),
  ),
  repetition_penalty: Nullish(
    Type.Number({
      exclusiveMinimum: 0,
      default: 1,
      description: 'Penalises tokens already in the prompt or output; 1.0 means no penalty.',
    }),
  ),
  reasoning_effort: Nullish(
    StringEnum(FRIENDLI_REASONING_EFFORTS, {
      description: 'Reasoning effort, for reasoning models only.',
    }),
  ),
  reasoning_budget: Nullish(
    Type.Integer({ minimum: 0, description: 'Token limit for internal reasoning.' }),
  ),
  seed: Nullish(
    Type.Union([Type.Integer(), Type.Array(Type.Integer())], {
      description: 'Sampling seed; with `n`, a list gives one seed per generation.',
    }),
  ),
  stop: Nullish(
    Type.Array(Type.String(), {
      default: [],
      description: 'Stop phrases, excluded from the result. A list only: a bare string is invalid.',
    }),
  ),
  stream: Nullish(Type.Boolean({ default: false, description: 'Stream the result as SSE.' })),
  stream_options: Nullish(
    Type.Object(
      {
        include_usage: Nullish(
          Type.Boolean({ description: 'Send a final chunk with `usage` and no choices.' }),
        ),
      },
      { additionalProperties: false, description: 'Only with `stream: true`.' },
    ),
  ),
  parse_reasoning: Nullish(
    Type.Boolean({
      description: 'Parse reasoning into `reasoning_content`; the default varies by endpoint.',
    }),
  ),
  include_reasoning: Nullish(
    Type.Boolean({
      default: true,
      description: 'With `parse_reasoning`, include the parsed `reasoning_content`.',
    }),
  ),
  temperature: Nullish(
    Type.Number({ minimum: 0, default: 1, description: 'Sampling temperature.' }),
  ),
  top_k: Nullish(
    Type.Integer({
      minimum: 0,
      default: 0,
      description: 'Sample from the k most likely tokens; 0 disables.',
    }),
  ),
  top_logprobs: Nullish(
    Type.Integer({ minimum: 0, description: 'Alternatives per position; needs `logprobs`.' }),
  ),
  top_p: Nullish(
    Type.Number({
      // The spec's prose says 0 is exclusive, its schema sets no bound: 0 is accepted (SOURCES.md).
      minimum: 0,
      maximum: 1,
      default: 1,
      description:
        'Keeps only the smallest set of tokens whose cumulative probabilities reach `top_p` or higher. Values range from 0.0 (exclusive, per the docs) to 1.0 (inclusive); default 1.0.',
    }),
  ),
  xtc_threshold: unit(
    'XTC: probability at or above which tokens are "top choices"; 0 disables.',
    0,
  ),
  xtc_probability: unit('XTC: probability that the filter applies at each step; 0 disables.', 0),
}
