import type { ChatChunk, ChunkDelta } from '@chatwire/core'
import type { EncodeChunkOptions } from '@chatwire/openai/internal'
import { encodeFriendliFinishReason } from '../map/map-friendli-finish-reason'
import { encodeFriendliLogprobs } from '../map/map-friendli-logprobs'
import { encodeFriendliUsage } from '../map/map-friendli-usage'
import type { FriendliChatChunk, FriendliChunkDelta } from '../schema/friendli-chat-chunk'

/**
 * Canonical chunk → the object Friendli streams (reference §5.4): `usage: null` until the usage
 * chunk, `model` only when known, tool-call deltas always typed `function` with `arguments`.
 * Refusal text has no Friendli field and is not written.
 */
export function encodeFriendliChatChunk(
  chunk: ChatChunk,
  defaults: EncodeChunkOptions,
): FriendliChatChunk {
  const choices = chunk.choices.map((choice) => ({
    index: choice.index,
    delta: encodeDelta(choice.delta),
    finish_reason: encodeFriendliFinishReason(choice.finishReason),
    logprobs: choice.logprobs ? encodeFriendliLogprobs(choice.logprobs) : null,
  }))
  const usage = chunk.usage ? encodeFriendliUsage(chunk.usage) : null
  const created = chunk.created ?? defaults.created
  const model = chunk.model ?? defaults.model
  const object = 'chat.completion.chunk'
  // Key order as Friendli sends it (reference §5.4); no `model` when the stream never named one.
  return model === ''
    ? { id: chunk.id, object, choices, usage, created }
    : { id: chunk.id, object, model, choices, usage, created }
}

function encodeDelta(delta: ChunkDelta): FriendliChunkDelta {
  const wire: FriendliChunkDelta = {}
  if (delta.role !== undefined) wire.role = delta.role
  if (delta.content !== undefined) wire.content = delta.content
  if (delta.reasoning !== undefined) wire.reasoning_content = delta.reasoning
  if (delta.toolCalls !== undefined) {
    wire.tool_calls = delta.toolCalls.map((call) => {
      const args = call.arguments ?? ''
      const fn =
        call.name === undefined ? { arguments: args } : { name: call.name, arguments: args }
      return call.id === undefined
        ? { index: call.index, type: 'function', function: fn }
        : { index: call.index, id: call.id, type: 'function', function: fn }
    })
  }
  return wire
}
