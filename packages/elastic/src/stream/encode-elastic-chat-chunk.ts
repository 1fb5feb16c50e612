import type { ChatChunk, ChunkChoice, ToolCallDelta } from '@chatwire/core'
import { encodeElasticFinishReason } from '../map/map-elastic-finish-reason'
import { encodeElasticUsage } from '../map/map-elastic-usage'
import type {
  ElasticChatChunk,
  ElasticChunkChoice,
  ElasticChunkToolCall,
} from '../schema/elastic-chat-chunk'

// Key order and null handling follow `StreamingUnifiedChatCompletionResults` (wire-formats.md
// §3.4): absent keys are omitted, except a tool call's `type`, written even when null.

function encodeToolCall(call: ToolCallDelta): ElasticChunkToolCall {
  const encoded: ElasticChunkToolCall = { index: call.index }
  if (call.id !== undefined) encoded.id = call.id
  if (call.arguments !== undefined || call.name !== undefined) {
    encoded.function = {
      ...(call.arguments === undefined ? {} : { arguments: call.arguments }),
      ...(call.name === undefined ? {} : { name: call.name }),
    }
  }
  encoded.type = call.type ?? null
  return encoded
}

function encodeChoice(choice: ChunkChoice): ElasticChunkChoice {
  const { content, refusal, role, reasoning, toolCalls } = choice.delta
  const delta: ElasticChunkChoice['delta'] = {}
  if (content !== undefined) delta.content = content
  if (refusal !== undefined) delta.refusal = refusal
  if (role !== undefined) delta.role = role
  if (reasoning !== undefined) delta.reasoning = reasoning
  if (toolCalls !== undefined && toolCalls.length > 0)
    delta.tool_calls = toolCalls.map(encodeToolCall)
  const encoded: ElasticChunkChoice = { delta, index: choice.index }
  if (choice.finishReason === undefined) return encoded
  return {
    delta,
    finish_reason: encodeElasticFinishReason(choice.finishReason),
    index: choice.index,
  }
}

/** Canonical chunk → the bare chunk object ES writes (no `created`, `logprobs`, `system_fingerprint`). */
export function encodeElasticChatChunk(chunk: ChatChunk): ElasticChatChunk {
  const encoded: ElasticChatChunk = { id: chunk.id, choices: chunk.choices.map(encodeChoice) }
  if (chunk.model !== undefined) encoded.model = chunk.model
  encoded.object = 'chat.completion.chunk'
  if (chunk.usage !== undefined) encoded.usage = encodeElasticUsage(chunk.usage)
  return encoded
}
