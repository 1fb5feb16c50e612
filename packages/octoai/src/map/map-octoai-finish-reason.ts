import type { FinishReason } from '@chatwire/core'
import { decodeOpenAIFinishReason, encodeOpenAIFinishReason } from '@chatwire/openai/internal'
import type { OctoAIFinishReason } from '../schema/octoai-finish-reason'

// OctoAI's values are the engine's plus `cancelled` (the request was cancelled before the model
// finished): neither a stop nor an error, so `other`, with the raw value kept (§9.4).
const CANCELLED = 'cancelled'

/** Wire → canonical; the OctoAI value is always kept as `raw`. */
export function decodeOctoAIFinishReason(value: string): FinishReason {
  return value === CANCELLED
    ? { unified: 'other', raw: CANCELLED }
    : decodeOpenAIFinishReason(value)
}

/** Canonical → wire: an OctoAI `raw` value wins, so `cancelled` survives a round trip. */
export function encodeOctoAIFinishReason(reason: FinishReason): OctoAIFinishReason {
  if (reason.raw === CANCELLED) return CANCELLED
  return encodeOpenAIFinishReason(reason) as OctoAIFinishReason
}
