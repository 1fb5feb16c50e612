import type { Usage } from '@chatwire/core'
import { encodeOpenAIUsage } from '@chatwire/openai/internal'
import type { FriendliUsage } from '../schema/friendli-usage'

/**
 * Canonical → Friendli usage: the engine's, keeping only the cached prompt tokens, the one detail
 * Friendli reports (reference §5.3). Decoding is the engine's, a superset.
 */
export function encodeFriendliUsage(usage: Usage): FriendliUsage {
  const { prompt_tokens, completion_tokens, total_tokens, prompt_tokens_details } =
    encodeOpenAIUsage(usage)
  const encoded: FriendliUsage = { prompt_tokens, completion_tokens, total_tokens }
  const cached = prompt_tokens_details?.cached_tokens
  if (cached != null) encoded.prompt_tokens_details = { cached_tokens: cached }
  return encoded
}
