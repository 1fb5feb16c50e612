import type { Usage } from '@chatwire/core'
import type { FriendliUsage } from '../schema/friendli-usage'

/**
 * Canonical → Friendli usage. Friendli reports only cached prompt tokens as a detail
 * (reference §5.3); decoding is OpenAI's (`decodeOpenAIUsage`), a superset.
 */
export function encodeFriendliUsage(usage: Usage): FriendliUsage {
  const encoded: FriendliUsage = {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.totalTokens,
  }
  const cached = usage.promptTokensDetails?.cachedTokens
  if (cached !== undefined) encoded.prompt_tokens_details = { cached_tokens: cached }
  return encoded
}
