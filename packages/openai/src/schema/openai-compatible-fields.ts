import { Nullish, Type } from '@chatwire/core'

const NOT_OPENAI = 'Not an OpenAI field: OpenAI-compatible servers take it as an extra body field'
const unit = (meaning: string, source: string) =>
  Nullish(
    Type.Number({
      minimum: 0,
      maximum: 1,
      default: 0,
      description: `${meaning}; 0 disables. ${NOT_OPENAI} (${source}).`,
    }),
  )
const flag = (meaning: string, source: string, defaultValue = false) =>
  Nullish(
    Type.Boolean({ default: defaultValue, description: `${meaning}. ${NOT_OPENAI} (${source}).` }),
  )
const tokenIds = (meaning: string) =>
  Nullish(Type.Array(Type.Integer(), { description: `${meaning}. ${NOT_OPENAI} (vLLM).` }))

/**
 * The sampling and output knobs OpenAI-compatible servers accept on `/v1/chat/completions`
 * beyond OpenAI's own fields: those of Friendli and OctoAI (reference §5.2, §6.2) and vLLM's
 * extra sampling parameters (`vllm/entrypoints/openai/protocol.py`). The `openai` SDKs send them
 * as extra body fields (`extra_body` in Python, spread params in openai-node). See SOURCES.md.
 */
export const openAICompatibleFields = {
  top_k: Nullish(
    Type.Integer({
      minimum: -1,
      default: 0,
      description: `Sample only from the k most likely tokens; 0 (or -1 on vLLM) disables. ${NOT_OPENAI} (Friendli, vLLM).`,
    }),
  ),
  min_p: unit(
    'Drops tokens less likely than `min_p` × the most likely one',
    'Friendli, OctoAI, vLLM',
  ),
  repetition_penalty: Nullish(
    Type.Number({
      exclusiveMinimum: 0,
      default: 1,
      description: `Penalises tokens already in the prompt or the output; 1 means no penalty. ${NOT_OPENAI} (Friendli, OctoAI, vLLM).`,
    }),
  ),
  min_tokens: Nullish(
    Type.Integer({
      minimum: 0,
      default: 0,
      description: `Tokens to generate before an end-of-sequence or stop may end the output. ${NOT_OPENAI} (Friendli, vLLM).`,
    }),
  ),
  ignore_eos: flag(
    'Keep generating past the end-of-sequence token, up to the token limit',
    'OctoAI, vLLM',
  ),
  xtc_threshold: unit(
    'XTC sampling: the probability at or above which tokens count as "top choices"',
    'Friendli',
  ),
  xtc_probability: unit('XTC sampling: the chance the filter applies at each step', 'Friendli'),
  eos_token: Nullish(
    Type.Array(Type.Integer(), {
      description: `Extra token ids that end the output. ${NOT_OPENAI} (Friendli).`,
    }),
  ),
  chat_template_kwargs: Nullish(
    Type.Record(Type.String(), Type.Unknown(), {
      description: `Keyword arguments for the model's chat template, e.g. \`{"enable_thinking": false}\`. ${NOT_OPENAI} (Friendli, vLLM).`,
    }),
  ),
  parse_reasoning: flag('Return reasoning in `reasoning_content`', 'Friendli'),
  include_reasoning: flag('With `parse_reasoning`, include the reasoning', 'Friendli, vLLM', true),
  reasoning_budget: Nullish(
    Type.Integer({
      minimum: 0,
      description: `Token limit for the model's reasoning. ${NOT_OPENAI} (Friendli).`,
    }),
  ),
  resume_generation: flag(
    'Continue the last assistant message (tool-assisted endpoint only)',
    'Friendli',
  ),
  peft: Nullish(
    Type.String({ description: `The LoRA (PEFT) asset to apply. ${NOT_OPENAI} (OctoAI).` }),
  ),
  log_prompt: flag('Log the prompt on the server', 'OctoAI'),
  loglikelihood: flag('Return the log-likelihood of the prompt tokens', 'OctoAI'),
  best_of: Nullish(
    Type.Integer({
      minimum: 1,
      description: `Generate this many and return the best \`n\`. ${NOT_OPENAI} (vLLM).`,
    }),
  ),
  use_beam_search: flag('Beam search instead of sampling', 'vLLM'),
  length_penalty: Nullish(
    Type.Number({
      default: 1,
      description: `Beam search: penalises sequences by length. ${NOT_OPENAI} (vLLM).`,
    }),
  ),
  stop_token_ids: tokenIds('Token ids that end the output (kept in it unless special)'),
  include_stop_str_in_output: flag('Keep the matched stop sequence in the output', 'vLLM'),
  skip_special_tokens: flag('Leave special tokens out of the output text', 'vLLM', true),
  spaces_between_special_tokens: flag('Put spaces between special tokens', 'vLLM', true),
  truncate_prompt_tokens: Nullish(
    Type.Integer({
      minimum: 1,
      description: `Keep only the last k prompt tokens. ${NOT_OPENAI} (vLLM).`,
    }),
  ),
  prompt_logprobs: Nullish(
    Type.Integer({
      description: `Log probabilities of this many alternatives per prompt token. ${NOT_OPENAI} (vLLM).`,
    }),
  ),
  allowed_token_ids: tokenIds('Only these token ids may be generated'),
  bad_words: Nullish(
    Type.Array(Type.String(), {
      description: `Words that must not be generated. ${NOT_OPENAI} (vLLM).`,
    }),
  ),
}

export type OpenAICompatibleField = keyof typeof openAICompatibleFields
