import type { ChatChunk } from '@chatwire/core'
import { type EncodeChunkOptions, encodeOpenAIChunkDelta } from '@chatwire/openai/internal'
import { encodeOctoAIFinishReason } from '../map/map-octoai-finish-reason'
import { encodeOctoAILogprobs } from '../map/map-octoai-logprobs'
import { encodeOctoAIUsage } from '../map/map-octoai-usage'
import type { OctoAIChatChunk, OctoAIChunkChoice } from '../schema/octoai-chat-chunk'

/**
 * Canonical chunk → the chunk OctoAI streams: `role: "assistant"` and `"function_call": null` on
 * every delta, as OctoAI's documented transcript shows them (§6.4, SOURCES.md), `finish_reason`
 * null until set; refusal deltas have no OctoAI field.
 */
export function encodeOctoAIChatChunk(
  chunk: ChatChunk,
  defaults: EncodeChunkOptions,
): OctoAIChatChunk {
  const choices: OctoAIChunkChoice[] = []
  for (const choice of chunk.choices) {
    const { refusal: _refusal, role: _role, ...delta } = encodeOpenAIChunkDelta(choice.delta)
    const wire: OctoAIChunkChoice = {
      index: choice.index,
      delta: { role: 'assistant', ...delta, function_call: null },
      finish_reason: choice.finishReason ? encodeOctoAIFinishReason(choice.finishReason) : null,
    }
    if (choice.logprobs) wire.logprobs = encodeOctoAILogprobs(choice.logprobs)
    choices.push(wire)
  }
  const wire: OctoAIChatChunk = {
    id: chunk.id,
    object: 'chat.completion.chunk',
    created: chunk.created ?? defaults.created,
    model: chunk.model ?? defaults.model,
    choices,
  }
  if (chunk.usage !== undefined) wire.usage = encodeOctoAIUsage(chunk.usage)
  return wire
}
