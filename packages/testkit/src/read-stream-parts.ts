import type { ChatChunk, ChatStreamPart } from '@chatwire/core'

/** The chunks of a decoded stream, without its extension and terminal parts. */
export const chunksOf = (parts: readonly ChatStreamPart[]): ChatChunk[] =>
  parts.filter((part): part is ChatChunk => part.type === 'chunk')

/** The text a client would show: every choice's content deltas, in order, joined. */
export const textOf = (parts: readonly ChatStreamPart[]): string =>
  chunksOf(parts)
    .flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? ''))
    .join('')
