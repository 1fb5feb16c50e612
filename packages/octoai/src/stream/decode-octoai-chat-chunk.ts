import type { ChatChunk, ChunkChoice } from '@chatwire/core'
import { decodeOpenAIChunkChoice, decodeOpenAIModelFields } from '@chatwire/openai/internal'
import { decodeOctoAIFinishReason } from '../map/map-octoai-finish-reason'
import { decodeOctoAILogprobs } from '../map/map-octoai-logprobs'
import { decodeOctoAIUsage } from '../map/map-octoai-usage'
import type { OctoAIChatChunk } from '../schema/octoai-chat-chunk'

/**
 * One OctoAI chunk → canonical (§6.4, §9.4): the shared engine's choice reader (which checks every
 * field and drops `content: null`, `function_call: null`) with OctoAI's finish reasons and
 * logprobs; `role`, which OctoAI repeats on every delta, is kept only the first time per choice
 * (`rolesSeen` is the stream's memory of that). Usage may come on any chunk.
 */
export function decodeOctoAIChatChunk(wire: OctoAIChatChunk, rolesSeen: Set<number>): ChatChunk {
  const choices: ChunkChoice[] = []
  const list = wire.choices as unknown[]
  for (let index = 0; index < list.length; index++) {
    const path = `choices[${index}]`
    const raw = list[index] as { logprobs?: unknown }
    const logprobs = raw?.logprobs
    // OctoAI's logprobs differ from the engine's: read them apart from the rest of the choice.
    const decoded = decodeOpenAIChunkChoice(
      logprobs == null ? raw : { ...raw, logprobs: null },
      path,
      decodeOctoAIFinishReason,
    )
    if (logprobs != null) decoded.logprobs = decodeOctoAILogprobs(logprobs, `${path}.logprobs`)
    if (decoded.delta.role !== undefined) {
      if (rolesSeen.has(decoded.index)) delete decoded.delta.role
      else rolesSeen.add(decoded.index)
    }
    choices.push(decoded)
  }
  const chunk = decodeOpenAIModelFields<ChatChunk>(wire, { type: 'chunk', id: wire.id, choices })
  if (wire.usage != null) chunk.usage = decodeOctoAIUsage(wire.usage)
  return chunk
}
