import { ChatwireError } from '@chatwire/core'
import { ClientClosedError } from '../failures/client-closed-error'
import type { AbortReason } from './create-attempt-guard'
import type { UpstreamCandidate } from './upstream-candidate'

const WAIT_NAMES = {
  'first-byte': ['firstByteMs', 'did not answer within', ''],
  idle: ['idleMs', 'sent nothing for', ' (timeouts.idleMs)'],
  total: ['totalMs', 'did not finish within', ' (timeouts.totalMs)'],
} as const

/**
 * A transport failure as the error the client should see: a timeout (504) naming the wait, an
 * unreachable upstream (502) naming only an error code — never a raw client error text, which
 * can echo URLs and headers. A decoded upstream error passes as is.
 */
export function toUpstreamFailure(
  error: unknown,
  reason: AbortReason | undefined,
  candidate: UpstreamCandidate,
  midStream = false,
): unknown {
  if (ChatwireError.isInstance(error)) return error
  if (reason === 'client') return new ClientClosedError()
  if (reason !== undefined) {
    const [setting, phrase, hint] = WAIT_NAMES[reason]
    const ms = candidate.timeouts[setting]
    return new ChatwireError({
      kind: 'timeout',
      message: `Upstream '${candidate.name}' ${phrase} ${ms} ms${hint}`,
      cause: error,
    })
  }
  const code = errorCode(error)
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new ChatwireError({
      kind: 'timeout',
      message: `Upstream '${candidate.name}' did not accept a connection within ${candidate.timeouts.connectMs} ms (timeouts.connectMs).`,
      cause: error,
    })
  }
  return new ChatwireError({
    kind: 'upstream',
    message: midStream
      ? `Upstream '${candidate.name}' stream broke: ${code ?? 'connection lost'}`
      : `Upstream '${candidate.name}' is unreachable: ${code ?? 'connection failed'}`,
    cause: error,
  })
}

/** A Node/undici error code (`ECONNREFUSED`, `UND_ERR_SOCKET`), on the error or its cause. */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
