import { Nullish, Type } from '@chatwire/core'

const unit = () =>
  Nullish(
    Type.Number({
      minimum: 0,
      maximum: 1,
      default: 0,
    }),
  )
const flag = (defaultValue = false) => Nullish(Type.Boolean({ default: defaultValue }))
const tokenIds = () => Nullish(Type.Array(Type.Integer(), {}))

/**
 * The sampling and output knobs OpenAI-compatible servers accept on `/v1/chat/completions`
 * beyond OpenAI's own fields: those other OpenAI-compatible dialects define (reference §5.2, §6.2) and vLLM's
 * extra sampling parameters (`vllm/entrypoints/openai/protocol.py`). The `openai` SDKs send them
 * as extra body fields (`extra_body` in Python, spread params in openai-node). See SOURCES.md.
 */
export const openAICompatibleFields = {
  top_k: Nullish(
    Type.Integer({
      minimum: -1,
      default: 0,
    }),
  ),
  min_p: unit(),
  repetition_penalty: Nullish(
    Type.Number({
      exclusiveMinimum: 0,
      default: 1,
    }),
  ),
  min_tokens: Nullish(
    Type.Integer({
      minimum: 0,
      default: 0,
    }),
  ),
  ignore_eos: flag(),
  xtc_threshold: unit(),
  xtc_probability: unit(),
  eos_token: Nullish(Type.Array(Type.Integer(), {})),
  chat_template_kwargs: Nullish(Type.Record(Type.String(), Type.Unknown(), {})),
  parse_reasoning: flag(),
  include_reasoning: flag(true),
  reasoning_budget: Nullish(
    Type.Integer({
      minimum: 0,
    }),
  ),
  resume_generation: flag(),
  peft: Nullish(Type.String({})),
  log_prompt: flag(),
  loglikelihood: flag(),
  best_of: Nullish(
    Type.Integer({
      minimum: 1,
    }),
  ),
  use_beam_search: flag(),
  length_penalty: Nullish(
    Type.Number({
      default: 1,
    }),
  ),
  stop_token_ids: tokenIds(),
  include_stop_str_in_output: flag(),
  skip_special_tokens: flag(true),
  spaces_between_special_tokens: flag(true),
  truncate_prompt_tokens: Nullish(
    Type.Integer({
      minimum: 1,
    }),
  ),
  prompt_logprobs: Nullish(Type.Integer({})),
  allowed_token_ids: tokenIds(),
  bad_words: Nullish(Type.Array(Type.String(), {})),
}

export type OpenAICompatibleField = keyof typeof openAICompatibleFields
