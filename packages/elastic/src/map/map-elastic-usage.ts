import type { Usage } from '@chatwire/core'
import type { ElasticChunkUsage } from '../schema/elastic-chat-chunk'

export function decodeElasticUsage(usage: ElasticChunkUsage): Usage {
  const decoded: Usage = {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  }
  const cachedTokens = usage.prompt_tokens_details?.cached_tokens
  const reasoningTokens = usage.completion_tokens_details?.reasoning_tokens
  if (cachedTokens != null) decoded.promptTokensDetails = { cachedTokens }
  if (reasoningTokens != null) decoded.completionTokensDetails = { reasoningTokens }
  return decoded
}

/** In the server's key order; ES knows only cached and reasoning token details. */
export function encodeElasticUsage(usage: Usage): ElasticChunkUsage {
  const encoded: ElasticChunkUsage = {
    completion_tokens: usage.completionTokens,
    prompt_tokens: usage.promptTokens,
    total_tokens: usage.totalTokens,
  }
  const cachedTokens = usage.promptTokensDetails?.cachedTokens
  const reasoningTokens = usage.completionTokensDetails?.reasoningTokens
  if (cachedTokens !== undefined) encoded.prompt_tokens_details = { cached_tokens: cachedTokens }
  if (reasoningTokens !== undefined) {
    encoded.completion_tokens_details = { reasoning_tokens: reasoningTokens }
  }
  return encoded
}
