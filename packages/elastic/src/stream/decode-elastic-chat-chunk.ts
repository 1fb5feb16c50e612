import type { ChatChunk, ChunkChoice, ChunkDelta, ToolCallDelta } from '@chatwire/core'
import { decodeElasticFinishReason } from '../map/map-elastic-finish-reason'
import { decodeElasticUsage } from '../map/map-elastic-usage'
import type {
  ElasticChatChunk,
  ElasticChunkChoice,
  ElasticChunkToolCall,
} from '../schema/elastic-chat-chunk'

function decodeToolCall(call: ElasticChunkToolCall): ToolCallDelta {
  const delta: ToolCallDelta = { index: call.index }
  if (call.id != null) delta.id = call.id
  // Continuation deltas carry `"type":null` (wire-formats.md §3.4): no type, not an error.
  if (call.type === 'function' || call.type === 'custom') delta.type = call.type
  if (call.function?.name != null) delta.name = call.function.name
  if (call.function?.arguments != null) delta.arguments = call.function.arguments
  return delta
}

function decodeDelta(delta: ElasticChunkChoice['delta']): ChunkDelta {
  const decoded: ChunkDelta = {}
  if (delta.role === 'assistant') decoded.role = 'assistant'
  if (delta.content != null) decoded.content = delta.content
  if (delta.refusal != null) decoded.refusal = delta.refusal
  // Newer servers stream the provider's reasoning text (StreamingUnifiedChatCompletionResults).
  if (delta.reasoning != null) decoded.reasoning = delta.reasoning
  if (delta.tool_calls != null && delta.tool_calls.length > 0) {
    decoded.toolCalls = delta.tool_calls.map(decodeToolCall)
  }
  return decoded
}

function decodeChoice(choice: ElasticChunkChoice): ChunkChoice {
  const decoded: ChunkChoice = { index: choice.index, delta: decodeDelta(choice.delta) }
  if (choice.finish_reason != null) {
    decoded.finishReason = decodeElasticFinishReason(choice.finish_reason)
  }
  return decoded
}

/** One (already unwrapped and validated) Elastic stream chunk → canonical. */
export function decodeElasticChatChunk(chunk: ElasticChatChunk): ChatChunk {
  const decoded: ChatChunk = {
    type: 'chunk',
    id: chunk.id,
    choices: chunk.choices.map(decodeChoice),
  }
  if (chunk.model != null) decoded.model = chunk.model
  if (chunk.usage != null) decoded.usage = decodeElasticUsage(chunk.usage)
  return decoded
}
