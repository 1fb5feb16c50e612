import { type ChatError, ChatwireError, toChatError } from '@chatwire/core'

/** What a stream still open at the drain deadline ends with, in the client's dialect. */
export function drainDeadlineError(deadlineMs: number): ChatError {
  return toChatError(
    new ChatwireError({
      kind: 'overloaded',
      code: 'gateway_shutting_down',
      message: `The gateway is shutting down and ended this stream at its drain deadline (server.drainTimeoutMs = ${deadlineMs} ms); retry the request.`,
    }),
  )
}
