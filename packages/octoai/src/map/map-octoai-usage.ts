import type { Usage } from '@chatwire/core'
import type { OctoAIUsage } from '../schema/octoai-usage'

export { decodeOpenAIUsage as decodeOctoAIUsage } from '@chatwire/openai/internal'

/** OctoAI reports the three totals only; detail counters have no field. */
export function encodeOctoAIUsage(usage: Usage): OctoAIUsage {
  return {
    completion_tokens: usage.completionTokens,
    prompt_tokens: usage.promptTokens,
    total_tokens: usage.totalTokens,
  }
}
