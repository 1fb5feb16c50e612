import { decodeFinishReason, type FinishReason, type UnifiedFinishReason } from '@chatwire/core'

const DECODE = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  content_filter: 'content-filter',
} as const satisfies Record<string, UnifiedFinishReason>

const ENCODE = {
  stop: 'stop',
  length: 'length',
  'tool-calls': 'tool_calls',
  'content-filter': 'content_filter',
  error: 'stop',
  other: 'stop',
} as const satisfies Record<UnifiedFinishReason, string>

/** Vendor value → unified + raw. Unknown values keep their raw text and unify to `other`. */
export function decodeOpenAIFinishReason(raw: string): FinishReason {
  return decodeFinishReason(raw, DECODE)
}

/**
 * Canonical → OpenAI value. The raw value wins when it is an OpenAI value, so an OpenAI
 * `function_call` survives a round trip; anything else maps from the unified value.
 */
export function encodeOpenAIFinishReason(reason: FinishReason): string {
  if (reason.raw !== undefined && Object.hasOwn(DECODE, reason.raw)) return reason.raw
  return ENCODE[reason.unified]
}
