import { decodeFinishReason, type FinishReason, type UnifiedFinishReason } from '@chatwire/core'

// ES passes the provider's finish_reason through unchanged (wire-formats.md §3.4); the
// providers behind it speak the Chat Completions values.
const ELASTIC_TO_UNIFIED = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  content_filter: 'content-filter',
} as const satisfies Record<string, UnifiedFinishReason>

const UNIFIED_TO_ELASTIC = {
  stop: 'stop',
  length: 'length',
  'tool-calls': 'tool_calls',
  'content-filter': 'content_filter',
  error: 'error',
  other: 'other',
} as const satisfies Record<UnifiedFinishReason, string>

export function decodeElasticFinishReason(raw: string): FinishReason {
  return decodeFinishReason(raw, ELASTIC_TO_UNIFIED)
}

/** The raw value when there is one (ES is a pass-through), else the Chat Completions name. */
export function encodeElasticFinishReason(reason: FinishReason): string {
  return reason.raw ?? UNIFIED_TO_ELASTIC[reason.unified]
}
