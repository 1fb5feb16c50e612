import type { ChatRequest } from '@chatwire/core'
import type { CompatibleFieldTable } from '@chatwire/openai/internal'
import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'

/** Wire fields that map one-to-one onto a canonical field: [wire, canonical] (reference §5.2). */
export const FRIENDLI_REQUEST_FIELDS = [
  ['parallel_tool_calls', 'parallelToolCalls'],
  ['max_tokens', 'maxTokens'],
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
  ['top_k', 'topK'],
  ['min_p', 'minP'],
  ['frequency_penalty', 'frequencyPenalty'],
  ['presence_penalty', 'presencePenalty'],
  ['repetition_penalty', 'repetitionPenalty'],
  ['logit_bias', 'logitBias'],
  ['stop', 'stop'],
  ['n', 'n'],
  ['logprobs', 'logprobs'],
  ['top_logprobs', 'topLogprobs'],
] as const satisfies readonly (readonly [keyof FriendliAnyChatRequest, keyof ChatRequest])[]

/** Friendli's share of the shared extra fields, at home in `extensions.compatible`: [wire, key]. */
export const FRIENDLI_COMPATIBLE_FIELDS = [
  ['min_tokens', 'minTokens'],
  ['xtc_threshold', 'xtcThreshold'],
  ['xtc_probability', 'xtcProbability'],
  ['eos_token', 'eosToken'],
  ['chat_template_kwargs', 'chatTemplateKwargs'],
  ['parse_reasoning', 'parseReasoning'],
  ['include_reasoning', 'includeReasoning'],
  ['reasoning_budget', 'reasoningBudget'],
  ['resume_generation', 'resumeGeneration'],
] as const satisfies CompatibleFieldTable
