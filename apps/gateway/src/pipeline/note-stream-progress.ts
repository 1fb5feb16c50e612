import type { ChatChunk } from '@chatwire/core'
import type { RequestRecord } from './request-record'

/** What a stream tells its request's log line. */
export type StreamProgress = Pick<RequestRecord, 'firstTokenAt' | 'usage'>

/**
 * Per chunk sent to the client: the time of the first one that carries a token (text,
 * reasoning, refusal or a tool-call fragment — not a bare role or finish chunk), and the usage
 * when one reports it. Two field checks per chunk once the first token went out.
 */
export function noteStreamProgress(chunk: ChatChunk, progress: StreamProgress): void {
  if (chunk.usage) progress.usage = chunk.usage
  if (progress.firstTokenAt === undefined && carriesToken(chunk))
    progress.firstTokenAt = performance.now()
}

function carriesToken(chunk: ChatChunk): boolean {
  for (const { delta } of chunk.choices) {
    if (delta.content || delta.reasoning || delta.refusal) return true
    if (delta.toolCalls && delta.toolCalls.length > 0) return true
  }
  return false
}
