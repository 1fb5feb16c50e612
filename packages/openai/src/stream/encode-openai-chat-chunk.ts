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
  /** Used when the canonical chunk has none (some dialects' chunks carry no `created`). */
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

/**
 * The delta that opens a choice names every message key, nulls included, as OpenAI sends it:
 * `{"role":"assistant","content":"","refusal":null}` (openai-node
 * tests/lib/__snapshots__/ChatCompletionStream.test.ts.snap; vercel/ai
 * packages/openai/src/chat/__fixtures__/openai-text.chunks.txt). Later deltas carry only what
 * changed.
 */
function encodeDelta(delta: ChunkDelta): OpenAIChunkDelta {
  const wire = encodeOpenAIChunkDelta(delta)
  if (wire.role === undefined) return wire
  return { role: wire.role, content: wire.content ?? null, refusal: wire.refusal ?? null, ...wire }
}

/** Canonical chunk → the exact object OpenAI streams (`finish_reason`/`logprobs` as null until set). */
export function encodeOpenAIChatChunk(
  chunk: ChatChunk,
  options: EncodeChunkOptions,
): OpenAIChatChunk {
  const encodeFinishReason = options.encodeFinishReason ?? encodeOpenAIFinishReason
  // OpenAI's key order: service_tier and system_fingerprint before choices, usage last. Keys
  // are added in that order to one object: a `{ ...head, choices }` rebuild per chunk cost
  // ≈ 1.5 µs per streamed chunk (BENCHMARKS.md, "Streaming CPU regression").
  const wire = {
    id: chunk.id,
    object: 'chat.completion.chunk',
    created: chunk.created ?? options.created,
    model: chunk.model ?? options.model,
  } as OpenAIChatChunk
  if (chunk.serviceTier !== undefined) wire.service_tier = chunk.serviceTier
  if (chunk.systemFingerprint !== undefined) wire.system_fingerprint = chunk.systemFingerprint
  wire.choices = []
  for (const choice of chunk.choices) {
    wire.choices.push({
      index: choice.index,
      delta: encodeDelta(choice.delta),
      logprobs: choice.logprobs ? encodeOpenAILogprobs(choice.logprobs) : null,
      finish_reason: choice.finishReason ? encodeFinishReason(choice.finishReason) : null,
    })
  }
  if (chunk.usage !== undefined) wire.usage = encodeOpenAIUsage(chunk.usage)
  return wire
}
