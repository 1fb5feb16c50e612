import type { OpenAIChatRequest } from '../schema/openai-chat-request'
import type { OpenAICompatibleField } from '../schema/openai-compatible-fields'
import type { CompatibleExtension, OpenAIExtension } from '../schema/openai-extension'

/**
 * The `compatible` bag's fields by wire name, `[wire, key]`: the table every OpenAI-compatible
 * dialect takes its share of, so a knob has one home whichever dialect decoded it.
 */
export const COMPATIBLE_EXTENSION_FIELDS = [
  ['min_tokens', 'minTokens'],
  ['xtc_threshold', 'xtcThreshold'],
  ['xtc_probability', 'xtcProbability'],
  ['eos_token', 'eosToken'],
  ['chat_template_kwargs', 'chatTemplateKwargs'],
  ['parse_reasoning', 'parseReasoning'],
  ['include_reasoning', 'includeReasoning'],
  ['reasoning_budget', 'reasoningBudget'],
  ['resume_generation', 'resumeGeneration'],
  ['ignore_eos', 'ignoreEos'],
  ['peft', 'peft'],
  ['log_prompt', 'logPrompt'],
  ['loglikelihood', 'loglikelihood'],
] as const satisfies readonly (readonly [OpenAICompatibleField, keyof CompatibleExtension])[]

/** A dialect's share of the `compatible` bag: `[wire, key]` rows of COMPATIBLE_EXTENSION_FIELDS. */
export type CompatibleFieldTable = readonly (typeof COMPATIBLE_EXTENSION_FIELDS)[number][]

/** OpenAI-only wire fields and their home in `extensions.openai`: [wire, canonical]. */
export const OPENAI_EXTENSION_FIELDS = [
  ['store', 'store'],
  ['service_tier', 'serviceTier'],
  ['verbosity', 'verbosity'],
  ['modalities', 'modalities'],
  ['audio', 'audio'],
  ['prediction', 'prediction'],
  ['web_search_options', 'webSearchOptions'],
  ['prompt_cache_key', 'promptCacheKey'],
  ['prompt_cache_retention', 'promptCacheRetention'],
  ['prompt_cache_options', 'promptCacheOptions'],
  ['safety_identifier', 'safetyIdentifier'],
  ['moderation', 'moderation'],
] as const satisfies readonly (readonly [keyof OpenAIChatRequest, keyof OpenAIExtension])[]
