import type {
  ChatChunk,
  ChunkChoice,
  ChunkDelta,
  FinishReason,
  ToolCallDelta,
} from '@chatwire/core'
import { decodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
import { decodeOpenAILogprobs } from '../map/map-openai-logprobs'
import { decodeOpenAIUsage } from '../map/map-openai-usage'
import type {
  OpenAIChatChunk,
  OpenAIChunkDelta,
  OpenAIToolCallDelta,
} from '../schema/openai-chat-chunk'

export interface DecodeChunkOptions {
  /** Vendor finish-reason decoder (dialects add their own values). */
  decodeFinishReason?: (raw: string) => FinishReason
}

function decodeToolCallDelta(call: OpenAIToolCallDelta): ToolCallDelta {
  const delta: ToolCallDelta = { index: call.index }
  if (call.id != null) delta.id = call.id
  if (call.type != null) delta.type = call.type
  const fn = call.function
  if (fn) {
    if (fn.name != null) delta.name = fn.name
    if (fn.arguments != null) delta.arguments = fn.arguments
  }
  return delta
}

export function decodeOpenAIChunkDelta(
  wire: OpenAIChunkDelta & { reasoning_content?: string | null },
): ChunkDelta {
  const delta: ChunkDelta = {}
  if (wire.role === 'assistant') delta.role = 'assistant'
  if (wire.content != null) delta.content = wire.content
  if (wire.refusal != null) delta.refusal = wire.refusal
  if (wire.reasoning_content != null) delta.reasoning = wire.reasoning_content
  if (wire.tool_calls != null && wire.tool_calls.length > 0)
    delta.toolCalls = wire.tool_calls.map(decodeToolCallDelta)
  return delta
}

/**
 * An OpenAI-shaped chunk object (already JSON-parsed, shape-checked by the caller) → canonical.
 * Hot path: plain loops, no validation passes, no intermediate arrays beyond the output.
 */
export function decodeOpenAIChatChunk(
  wire: OpenAIChatChunk,
  options: DecodeChunkOptions = {},
): ChatChunk {
  const decodeFinishReason = options.decodeFinishReason ?? decodeOpenAIFinishReason
  const choices: ChunkChoice[] = []
  for (const choice of wire.choices) {
    const decoded: ChunkChoice = {
      index: choice.index,
      delta: choice.delta ? decodeOpenAIChunkDelta(choice.delta) : {},
    }
    if (choice.finish_reason != null)
      decoded.finishReason = decodeFinishReason(choice.finish_reason)
    if (choice.logprobs != null) decoded.logprobs = decodeOpenAILogprobs(choice.logprobs)
    choices.push(decoded)
  }
  const chunk: ChatChunk = { type: 'chunk', id: wire.id, choices }
  if (wire.model != null) chunk.model = wire.model
  if (wire.created != null) chunk.created = wire.created
  if (wire.system_fingerprint != null) chunk.systemFingerprint = wire.system_fingerprint
  if (wire.service_tier != null) chunk.serviceTier = wire.service_tier
  if (wire.usage != null) chunk.usage = decodeOpenAIUsage(wire.usage)
  return chunk
}
