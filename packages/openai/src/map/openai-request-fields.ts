import type { ChatRequest } from '@chatwire/core'
import type { OpenAIChatRequest } from '../schema/openai-chat-request'
import type { OpenAIExtension } from '../schema/openai-extension'

/** Wire fields that map one-to-one onto a canonical field of another name: [wire, canonical]. */
export const OPENAI_REQUEST_FIELDS = [
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
  ['n', 'n'],
  ['frequency_penalty', 'frequencyPenalty'],
  ['presence_penalty', 'presencePenalty'],
  ['logit_bias', 'logitBias'],
  ['logprobs', 'logprobs'],
  ['top_logprobs', 'topLogprobs'],
  ['seed', 'seed'],
  ['parallel_tool_calls', 'parallelToolCalls'],
  ['user', 'user'],
  ['metadata', 'metadata'],
  ['reasoning_effort', 'reasoningEffort'],
] as const satisfies readonly (readonly [keyof OpenAIChatRequest, keyof ChatRequest])[]

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
