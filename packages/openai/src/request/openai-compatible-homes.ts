import type { ChatRequest, RequestExtensions } from '@chatwire/core'
import type { OpenAICompatibleField } from '../schema/openai-compatible-fields'

type Bag = 'friendli' | 'octoai' | 'vllm'
type ExtensionPath = {
  [D in Bag]: `${D}.${Extract<keyof NonNullable<RequestExtensions[D]>, string>}`
}[Bag]

/** Where a canonical value lives: a top-level field, or `<bag>.<key>` under `extensions`. */
export type CompatibleHome =
  | Extract<keyof ChatRequest, 'topK' | 'minP' | 'repetitionPenalty'>
  | ExtensionPath

/**
 * Each OpenAI-compatible extra field and its canonical home. A knob one dialect already has
 * keeps that dialect's home (`xtc_threshold` → `extensions.friendli.xtcThreshold`), so an
 * OpenAI client's knob reaches that upstream exactly as the dialect's own client's would, and
 * every other upstream reports it with the same loss kind (core's one loss table).
 */
export const OPENAI_COMPATIBLE_HOMES = [
  ['top_k', 'topK'],
  ['min_p', 'minP'],
  ['repetition_penalty', 'repetitionPenalty'],
  ['min_tokens', 'friendli.minTokens'],
  ['xtc_threshold', 'friendli.xtcThreshold'],
  ['xtc_probability', 'friendli.xtcProbability'],
  ['eos_token', 'friendli.eosToken'],
  ['chat_template_kwargs', 'friendli.chatTemplateKwargs'],
  ['parse_reasoning', 'friendli.parseReasoning'],
  ['include_reasoning', 'friendli.includeReasoning'],
  ['reasoning_budget', 'friendli.reasoningBudget'],
  ['resume_generation', 'friendli.resumeGeneration'],
  ['ignore_eos', 'octoai.ignoreEos'],
  ['peft', 'octoai.peft'],
  ['log_prompt', 'octoai.logPrompt'],
  ['loglikelihood', 'octoai.loglikelihood'],
  ['best_of', 'vllm.bestOf'],
  ['use_beam_search', 'vllm.useBeamSearch'],
  ['length_penalty', 'vllm.lengthPenalty'],
  ['stop_token_ids', 'vllm.stopTokenIds'],
  ['include_stop_str_in_output', 'vllm.includeStopStrInOutput'],
  ['skip_special_tokens', 'vllm.skipSpecialTokens'],
  ['spaces_between_special_tokens', 'vllm.spacesBetweenSpecialTokens'],
  ['truncate_prompt_tokens', 'vllm.truncatePromptTokens'],
  ['prompt_logprobs', 'vllm.promptLogprobs'],
  ['allowed_token_ids', 'vllm.allowedTokenIds'],
  ['bad_words', 'vllm.badWords'],
] as const satisfies readonly (readonly [OpenAICompatibleField, CompatibleHome])[]

/** The loss path of a home, as core's loss reporters name it. */
export const lossPathOf = (home: CompatibleHome): string =>
  home.includes('.') ? `extensions.${home}` : home

/** Reads the canonical value at `home`. */
export function readCompatibleHome(request: ChatRequest, home: CompatibleHome): unknown {
  const dot = home.indexOf('.')
  if (dot < 0) return request[home as keyof ChatRequest]
  const bag = request.extensions?.[home.slice(0, dot) as Bag] as Record<string, unknown> | undefined
  return bag?.[home.slice(dot + 1)]
}

/** Writes `value` at `home`, creating the extension bag when needed. */
export function writeCompatibleHome(request: ChatRequest, home: CompatibleHome, value: unknown) {
  const dot = home.indexOf('.')
  if (dot < 0) {
    ;(request as Record<string, unknown>)[home] = value
    return
  }
  request.extensions ??= {}
  const extensions = request.extensions as Record<string, Record<string, unknown> | undefined>
  const name = home.slice(0, dot)
  extensions[name] = { ...extensions[name], [home.slice(dot + 1)]: value }
}
