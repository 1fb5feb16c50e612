import { ChatwireError } from '@chatwire/core'

/**
 * A failure of the gateway itself (a codec bug, a request it cannot encode): answered as 400 or
 * 500 in the client's dialect, never as an upstream's failure — not retried, not sent to a
 * fallback, counted apart in `/metrics` (`chatwire_local_errors_total`).
 */
export class LocalFailure extends Error {
  readonly error: ChatwireError

  constructor(error: ChatwireError, cause?: unknown) {
    super(error.message, cause === undefined ? undefined : { cause })
    this.name = 'LocalFailure'
    this.error = error
  }

  /** Anything thrown by the gateway's own code, as the error its client sees. */
  static from(thrown: unknown, doing: string): LocalFailure {
    if (thrown instanceof LocalFailure) return thrown
    if (ChatwireError.isInstance(thrown)) return new LocalFailure(thrown)
    if (thrown instanceof RangeError) {
      return new LocalFailure(
        new ChatwireError({
          kind: 'invalid_request',
          message: `The request is too large or too deeply nested to ${doing}.`,
        }),
        thrown,
      )
    }
    return new LocalFailure(
      new ChatwireError({
        kind: 'internal',
        message: `The gateway failed to ${doing}; this is a gateway bug, not the upstream's.`,
        code: 'gateway_error',
      }),
      thrown,
    )
  }
}
