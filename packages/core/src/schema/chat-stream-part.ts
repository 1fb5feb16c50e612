import type { Static } from '@sinclair/typebox'
import { ChatError } from './chat-error'
import { createChoice, createCompletionProperties } from './create-completion-schemas'
import * as Type from './json-type'
import { ToolCallDelta } from './tool'

export const ChunkDelta = Type.Object(
  {
    role: Type.Optional(Type.Literal('assistant')),
    content: Type.Optional(Type.String()),
    refusal: Type.Optional(Type.String()),
    reasoning: Type.Optional(Type.String()),
    toolCalls: Type.Optional(Type.Array(ToolCallDelta)),
  },
  { $id: 'ChunkDelta' },
)
export type ChunkDelta = Static<typeof ChunkDelta>

export const ChunkChoice = createChoice({ delta: ChunkDelta }, 'ChunkChoice')
export type ChunkChoice = Static<typeof ChunkChoice>

/** One streamed chunk: deltas per choice, and usage on (usually) the last one. */
export const ChatChunk = Type.Object(
  { type: Type.Literal('chunk'), ...createCompletionProperties(ChunkChoice) },
  { $id: 'ChatChunk' },
)
export type ChatChunk = Static<typeof ChatChunk>

/** A dialect-specific event that has no canonical meaning (e.g. a vendor's `tool_status` event). */
export const ExtensionPart = Type.Object(
  {
    type: Type.Literal('extension'),
    dialect: Type.String(),
    event: Type.String(),
    data: Type.Unknown(),
  },
  { $id: 'ExtensionPart' },
)
export type ExtensionPart = Static<typeof ExtensionPart>

/** Terminal: the stream failed. Nothing follows it. */
export const ErrorPart = Type.Object(
  { type: Type.Literal('error'), error: ChatError },
  { $id: 'ErrorPart' },
)
export type ErrorPart = Static<typeof ErrorPart>

/** Terminal: the stream ended properly (`[DONE]`). Nothing follows it. */
export const DonePart = Type.Object({ type: Type.Literal('done') }, { $id: 'DonePart' })
export type DonePart = Static<typeof DonePart>

export const ChatStreamPart = Type.Union([ChatChunk, ExtensionPart, ErrorPart, DonePart], {
  $id: 'ChatStreamPart',
  description:
    'A canonical stream is chunks and extension parts ending in exactly one error or done.',
})
export type ChatStreamPart = Static<typeof ChatStreamPart>
