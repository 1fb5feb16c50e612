import {
  type ChatChunk,
  type ChatResponse,
  type ChunkChoice,
  type ChunkDelta,
  type FinishReason,
  readNullishUpstreamArray,
  readNullishUpstreamInteger,
  readNullishUpstreamObject,
  readNullishUpstreamString,
  readUpstreamCount,
  readUpstreamObject,
  type ToolCallDelta,
} from '@chatwire/core'
import { decodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
import { decodeOpenAILogprobs } from '../map/map-openai-logprobs'
import { decodeOpenAIUsage } from '../map/map-openai-usage'
import type { OpenAIChatChunk } from '../schema/openai-chat-chunk'

export interface DecodeChunkOptions {
  /** Vendor finish-reason decoder (dialects add their own values). */
  decodeFinishReason?: (raw: string) => FinishReason
}

function decodeToolCallDelta(value: unknown, path: string): ToolCallDelta {
  const call = readUpstreamObject(value, path)
  const delta: ToolCallDelta = { index: readUpstreamCount(call.index, `${path}.index`) }
  const id = readNullishUpstreamString(call.id, `${path}.id`)
  if (id !== undefined) delta.id = id
  const type = readNullishUpstreamString(call.type, `${path}.type`)
  // Continuation deltas may carry `"type": null`; a type other than these two means nothing here.
  if (type === 'function' || type === 'custom') delta.type = type
  const fn = readNullishUpstreamObject(call.function, `${path}.function`)
  if (fn) {
    const name = readNullishUpstreamString(fn.name, `${path}.function.name`)
    if (name !== undefined) delta.name = name
    const args = readNullishUpstreamString(fn.arguments, `${path}.function.arguments`)
    if (args !== undefined) delta.arguments = args
  }
  return delta
}

/** An upstream `delta` → canonical; `path` names it in the error for a malformed field. */
function decodeOpenAIChunkDelta(value: unknown, path = 'delta'): ChunkDelta {
  const wire = readUpstreamObject(value, path)
  const delta: ChunkDelta = {}
  if (wire.role === 'assistant') delta.role = 'assistant'
  const content = readNullishUpstreamString(wire.content, `${path}.content`)
  if (content !== undefined) delta.content = content
  const refusal = readNullishUpstreamString(wire.refusal, `${path}.refusal`)
  if (refusal !== undefined) delta.refusal = refusal
  const reasoning = readNullishUpstreamString(wire.reasoning_content, `${path}.reasoning_content`)
  if (reasoning !== undefined) delta.reasoning = reasoning
  const calls = readNullishUpstreamArray(wire.tool_calls, `${path}.tool_calls`)
  if (calls && calls.length > 0) {
    delta.toolCalls = calls.map((call, index) =>
      decodeToolCallDelta(call, `${path}.tool_calls[${index}]`),
    )
  }
  return delta
}

/** One `choices[i]` of a chunk: index, delta, finish reason and logprobs, each checked. */
export function decodeOpenAIChunkChoice(
  value: unknown,
  path: string,
  decodeFinishReason: (raw: string) => FinishReason = decodeOpenAIFinishReason,
): ChunkChoice {
  const choice = readUpstreamObject(value, path)
  const decoded: ChunkChoice = {
    index: readUpstreamCount(choice.index, `${path}.index`),
    delta: choice.delta == null ? {} : decodeOpenAIChunkDelta(choice.delta, `${path}.delta`),
  }
  const finishReason = readNullishUpstreamString(choice.finish_reason, `${path}.finish_reason`)
  if (finishReason !== undefined) decoded.finishReason = decodeFinishReason(finishReason)
  if (choice.logprobs != null) {
    decoded.logprobs = decodeOpenAILogprobs(choice.logprobs, `${path}.logprobs`)
  }
  return decoded
}

/** `model` and `created`, which any OpenAI-compatible chunk or completion may carry. */
export function decodeOpenAIModelFields<T extends ChatChunk | ChatResponse>(
  wire: { model?: unknown; created?: unknown },
  target: T,
): T {
  const model = readNullishUpstreamString(wire.model, 'model')
  if (model !== undefined) target.model = model
  const created = readNullishUpstreamInteger(wire.created, 'created')
  if (created !== undefined) target.created = created
  return target
}

/** The fields beside `choices` of a chunk or a completion: model, created, tier, usage. */
export function decodeOpenAIChunkFields<T extends ChatChunk | ChatResponse>(
  wire: Record<string, unknown>,
  chunk: T,
): T {
  decodeOpenAIModelFields(wire, chunk)
  const fingerprint = readNullishUpstreamString(wire.system_fingerprint, 'system_fingerprint')
  if (fingerprint !== undefined) chunk.systemFingerprint = fingerprint
  const serviceTier = readNullishUpstreamString(wire.service_tier, 'service_tier')
  if (serviceTier !== undefined) chunk.serviceTier = serviceTier
  if (wire.usage != null) chunk.usage = decodeOpenAIUsage(wire.usage)
  return chunk
}

/**
 * An OpenAI-shaped chunk object (JSON-parsed; `id` and `choices` checked by the stream decoder)
 * → canonical. Every field read is type-checked: a wrong one throws `malformedUpstream` naming
 * its path, which the stream decoder turns into an error part. Hot path: plain loops.
 */
export function decodeOpenAIChatChunk(
  wire: OpenAIChatChunk,
  options: DecodeChunkOptions = {},
): ChatChunk {
  const choices: ChunkChoice[] = []
  const list = wire.choices as unknown[]
  for (let index = 0; index < list.length; index++) {
    choices.push(
      decodeOpenAIChunkChoice(list[index], `choices[${index}]`, options.decodeFinishReason),
    )
  }
  return decodeOpenAIChunkFields(wire as unknown as Record<string, unknown>, {
    type: 'chunk',
    id: wire.id,
    choices,
  })
}
