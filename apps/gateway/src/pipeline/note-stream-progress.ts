import type { ChatChunk } from '@chatwire/core'
import type { RequestRecord } from './request-record'

/** What a stream tells its request's log line. */
export type StreamProgress = Pick<RequestRecord, 'firstTokenAt' | 'usage' | 'streamedChars'>

/**
 * Per chunk sent to the client: the time of the first one that carries a token (text,
 * reasoning, refusal or a tool-call fragment — not a bare role or finish chunk), and the usage
 * when one reports it. Two field checks per chunk once the first token went out.
 */
export function noteStreamProgress(chunk: ChatChunk, progress: StreamProgress): void {
  if (chunk.usage) progress.usage = chunk.usage
  if (progress.firstTokenAt === undefined && carriesToken(chunk))
    progress.firstTokenAt = performance.now()
  if (progress.streamedChars !== undefined) progress.streamedChars += charsOf(chunk)
}

/** Text streamed, for a key's token limit when the upstream reports no usage. */
function charsOf(chunk: ChatChunk): number {
  let chars = 0
  for (const { delta } of chunk.choices) {
    chars += (delta.content?.length ?? 0) + (delta.reasoning?.length ?? 0)
    for (const call of delta.toolCalls ?? []) chars += call.arguments?.length ?? 0
  }
  return chars
}

function carriesToken(chunk: ChatChunk): boolean {
  for (const { delta } of chunk.choices) {
    if (delta.content || delta.reasoning || delta.refusal) return true
    if (delta.toolCalls && delta.toolCalls.length > 0) return true
  }
  return false
}
