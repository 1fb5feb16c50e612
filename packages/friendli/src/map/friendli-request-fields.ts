import type { ChatRequest } from '@chatwire/core'
import { COMPATIBLE_EXTENSION_FIELDS, type CompatibleFieldTable } from '@chatwire/openai/internal'
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

/** Friendli's share of the shared extra fields, at home in `extensions.compatible` (§5.2). */
const FRIENDLI_KNOBS: ReadonlySet<string> = new Set([
  'min_tokens',
  'xtc_threshold',
  'xtc_probability',
  'eos_token',
  'chat_template_kwargs',
  'parse_reasoning',
  'include_reasoning',
  'reasoning_budget',
  'resume_generation',
])

/** Friendli's rows of the shared `[wire, key]` table, in its order. */
export const FRIENDLI_COMPATIBLE_FIELDS: CompatibleFieldTable = COMPATIBLE_EXTENSION_FIELDS.filter(
  ([wire]) => FRIENDLI_KNOBS.has(wire),
)
