import type { ChatChunk, ChunkDelta, FinishReason } from '@chatwire/core'
import { encodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
import { encodeOpenAILogprobs } from '../map/map-openai-logprobs'
import { encodeOpenAIUsage } from '../map/map-openai-usage'
import type {
  OpenAIChatChunk,
  OpenAIChunkDelta,
  OpenAIToolCallDelta,
} from '../schema/openai-chat-chunk'

export interface EncodeChunkOptions {
  /** Used when the canonical chunk has none (Elastic chunks carry no `created`). */
  created: number
  /** Used when the canonical chunk has none. */
  model: string
  encodeFinishReason?: (reason: FinishReason) => string
}

export function encodeOpenAIChunkDelta(delta: ChunkDelta): OpenAIChunkDelta {
  const wire: OpenAIChunkDelta = {}
  if (delta.role !== undefined) wire.role = delta.role
  if (delta.content !== undefined) wire.content = delta.content
  if (delta.refusal !== undefined) wire.refusal = delta.refusal
  if (delta.toolCalls !== undefined) {
    wire.tool_calls = delta.toolCalls.map((call) => {
      const wireCall: OpenAIToolCallDelta = { index: call.index }
      if (call.id !== undefined) wireCall.id = call.id
      if (call.id !== undefined || call.type !== undefined) wireCall.type = 'function'
      if (call.name !== undefined || call.arguments !== undefined) {
        wireCall.function = {}
        if (call.name !== undefined) wireCall.function.name = call.name
        if (call.arguments !== undefined) wireCall.function.arguments = call.arguments
      }
      return wireCall
    })
  }
  return wire
}

/** Canonical chunk → the exact object OpenAI streams (`finish_reason`/`logprobs` as null until set). */
export function encodeOpenAIChatChunk(
  chunk: ChatChunk,
  options: EncodeChunkOptions,
): OpenAIChatChunk {
  const encodeFinishReason = options.encodeFinishReason ?? encodeOpenAIFinishReason
  const wire: OpenAIChatChunk = {
    id: chunk.id,
    object: 'chat.completion.chunk',
    created: chunk.created ?? options.created,
    model: chunk.model ?? options.model,
    choices: [],
  }
  if (chunk.systemFingerprint !== undefined) wire.system_fingerprint = chunk.systemFingerprint
  if (chunk.serviceTier !== undefined) wire.service_tier = chunk.serviceTier
  for (const choice of chunk.choices) {
    wire.choices.push({
      index: choice.index,
      delta: encodeOpenAIChunkDelta(choice.delta),
      logprobs: choice.logprobs ? encodeOpenAILogprobs(choice.logprobs) : null,
      finish_reason: choice.finishReason ? encodeFinishReason(choice.finishReason) : null,
    })
  }
  if (chunk.usage !== undefined) wire.usage = encodeOpenAIUsage(chunk.usage)
  return wire
}
