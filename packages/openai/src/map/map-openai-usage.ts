import type { Usage } from '@chatwire/core'
import type { OpenAIUsage } from '../schema/openai-usage'

type Details = Record<string, number | null | undefined>

function decodeDetails<T extends Record<string, string>>(
  details: Details | null | undefined,
  names: T,
): { [K in keyof T]?: number } | undefined {
  if (!details) return undefined
  const result: Record<string, number> = {}
  for (const [canonical, wire] of Object.entries(names)) {
    const value = details[wire]
    if (typeof value === 'number') result[canonical] = value
  }
  return result as { [K in keyof T]?: number }
}

function encodeDetails(
  details: Record<string, number | undefined> | undefined,
  names: Record<string, string>,
) {
  if (!details) return undefined
  const result: Record<string, number> = {}
  for (const [canonical, wire] of Object.entries(names)) {
    const value = details[canonical]
    if (value !== undefined) result[wire] = value
  }
  return result
}

const PROMPT = {
  cachedTokens: 'cached_tokens',
  audioTokens: 'audio_tokens',
  cacheWriteTokens: 'cache_write_tokens',
  imageTokens: 'image_tokens',
  textTokens: 'text_tokens',
} as const
const COMPLETION = {
  reasoningTokens: 'reasoning_tokens',
  audioTokens: 'audio_tokens',
  acceptedPredictionTokens: 'accepted_prediction_tokens',
  rejectedPredictionTokens: 'rejected_prediction_tokens',
  textTokens: 'text_tokens',
} as const

export function decodeOpenAIUsage(usage: OpenAIUsage): Usage {
  const result: Usage = {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  }
  const prompt = decodeDetails(usage.prompt_tokens_details, PROMPT)
  if (prompt) result.promptTokensDetails = prompt
  const completion = decodeDetails(usage.completion_tokens_details, COMPLETION)
  if (completion) result.completionTokensDetails = completion
  return result
}

export function encodeOpenAIUsage(usage: Usage): OpenAIUsage {
  const result: OpenAIUsage = {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.totalTokens,
  }
  const prompt = encodeDetails(usage.promptTokensDetails, PROMPT)
  if (prompt) result.prompt_tokens_details = prompt
  const completion = encodeDetails(usage.completionTokensDetails, COMPLETION)
  if (completion) result.completion_tokens_details = completion
  return result
}
