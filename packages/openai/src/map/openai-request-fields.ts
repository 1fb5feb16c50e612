import type { ChatRequest } from '@chatwire/core'
import type { OpenAIChatRequest } from '../schema/openai-chat-request'

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
