import type { ChatChunk, ChunkChoice } from '@chatwire/core'
import { decodeOpenAIChunkDelta } from '@chatwire/openai/internal'
import { decodeOctoAIFinishReason } from '../map/map-octoai-finish-reason'
import { decodeOctoAILogprobs } from '../map/map-octoai-logprobs'
import { decodeOctoAIUsage } from '../map/map-octoai-usage'
import type { OctoAIChatChunk } from '../schema/octoai-chat-chunk'

/**
 * One OctoAI chunk → canonical (§6.4, §9.4): `content: null` and `function_call: null` are
 * dropped by the shared delta mapper; `role`, which OctoAI repeats on every delta, is kept
 * only the first time per choice (`rolesSeen` is the stream's memory of that).
 */
export function decodeOctoAIChatChunk(wire: OctoAIChatChunk, rolesSeen: Set<number>): ChatChunk {
  const choices: ChunkChoice[] = []
  for (const choice of wire.choices) {
    const delta = choice.delta ? decodeOpenAIChunkDelta(choice.delta) : {}
    if (delta.role !== undefined) {
      if (rolesSeen.has(choice.index)) delete delta.role
      else rolesSeen.add(choice.index)
    }
    const decoded: ChunkChoice = { index: choice.index, delta }
    if (choice.finish_reason != null) {
      decoded.finishReason = decodeOctoAIFinishReason(choice.finish_reason)
    }
    if (choice.logprobs != null) decoded.logprobs = decodeOctoAILogprobs(choice.logprobs)
    choices.push(decoded)
  }
  const chunk: ChatChunk = { type: 'chunk', id: wire.id, choices }
  if (wire.model != null) chunk.model = wire.model
  if (wire.created != null) chunk.created = wire.created
  // Usage may come on any chunk ("the last content-containing chunk" per the spec).
  if (wire.usage != null) chunk.usage = decodeOctoAIUsage(wire.usage)
  return chunk
}
