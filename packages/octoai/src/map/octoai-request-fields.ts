import type { ChatRequest } from '@chatwire/core'
import type { CompatibleFieldTable } from '@chatwire/openai/internal'
import type { OctoAIChatRequest } from '../schema/octoai-chat-request'

/** Wire fields that map one-to-one onto a canonical field: [wire, canonical] (reference §6.2). */
export const OCTOAI_REQUEST_FIELDS = [
  ['max_tokens', 'maxTokens'],
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
  ['n', 'n'],
  ['frequency_penalty', 'frequencyPenalty'],
  ['presence_penalty', 'presencePenalty'],
  ['repetition_penalty', 'repetitionPenalty'],
  ['min_p', 'minP'],
  ['logit_bias', 'logitBias'],
  ['logprobs', 'logprobs'],
  ['top_logprobs', 'topLogprobs'],
  ['user', 'user'],
] as const satisfies readonly (readonly [keyof OctoAIChatRequest, keyof ChatRequest])[]

/** OctoAI's share of the shared extra fields, at home in `extensions.compatible`: [wire, key]. */
export const OCTOAI_COMPATIBLE_FIELDS = [
  ['peft', 'peft'],
  ['ignore_eos', 'ignoreEos'],
  ['log_prompt', 'logPrompt'],
  ['loglikelihood', 'loglikelihood'],
] as const satisfies CompatibleFieldTable
