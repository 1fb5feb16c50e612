import {
  readNullishUpstreamCount,
  readNullishUpstreamObject,
  readUpstreamCount,
  readUpstreamObject,
  type Usage,
} from '@chatwire/core'
import type { OpenAIUsage } from '../schema/openai-usage'

function decodeDetails<T extends Record<string, string>>(
  value: unknown,
  names: T,
  path: string,
): { [K in keyof T]?: number } | undefined {
  const details = readNullishUpstreamObject(value, path)
  if (!details) return undefined
  const result: Record<string, number> = {}
  for (const [canonical, wire] of Object.entries(names)) {
    const count = readNullishUpstreamCount(details[wire], `${path}.${wire}`)
    if (count !== undefined) result[canonical] = count
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

/** An upstream's `usage` → canonical; throws `malformedUpstream` naming the field otherwise. */
export function decodeOpenAIUsage(value: unknown, path = 'usage'): Usage {
  const usage = readUpstreamObject(value, path)
  const result: Usage = {
    promptTokens: readUpstreamCount(usage.prompt_tokens, `${path}.prompt_tokens`),
    completionTokens: readUpstreamCount(usage.completion_tokens, `${path}.completion_tokens`),
    totalTokens: readUpstreamCount(usage.total_tokens, `${path}.total_tokens`),
  }
  const promptPath = `${path}.prompt_tokens_details`
  const prompt = decodeDetails(usage.prompt_tokens_details, PROMPT, promptPath)
  if (prompt) result.promptTokensDetails = prompt
  const completionPath = `${path}.completion_tokens_details`
  const completion = decodeDetails(usage.completion_tokens_details, COMPLETION, completionPath)
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
