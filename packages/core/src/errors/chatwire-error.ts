import type { ChatError, ErrorKind } from '../schema/chat-error'
import { isRetryableKind, statusFromKind } from './error-kind'

const MARKER = Symbol.for('chatwire.error')

export type ChatwireErrorOptions = Omit<ChatError, 'status'> & { status?: number; cause?: unknown }

/** The one error class: a throwable {@link ChatError}. */
export class ChatwireError extends Error {
  readonly [MARKER] = true
  readonly kind: ErrorKind
  readonly status: number
  readonly param: string | undefined
  readonly code: string | undefined
  readonly type: string | undefined
  readonly retryAfter: number | undefined
  readonly raw: unknown

  constructor(options: ChatwireErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ChatwireError'
    this.kind = options.kind
    this.status = options.status ?? statusFromKind(options.kind)
    this.param = options.param
    this.code = options.code
    this.type = options.type
    this.retryAfter = options.retryAfter
    this.raw = options.raw
  }

  /** Works across realms and duplicate package copies, unlike `instanceof`. */
  static isInstance(value: unknown): value is ChatwireError {
    return typeof value === 'object' && value !== null && MARKER in value
  }

  static from(error: ChatError): ChatwireError {
    return new ChatwireError(error)
  }

  get retryable(): boolean {
    return isRetryableKind(this.kind)
  }

  /** The plain {@link ChatError} data, without undefined keys. */
  toJSON(): ChatError {
    return toChatError(this)
  }
}

/** Normalises anything thrown into a {@link ChatError}; unknown throwables become `internal`. */
export function toChatError(value: unknown): ChatError {
  if (ChatwireError.isInstance(value)) {
    const error: ChatError = { kind: value.kind, status: value.status, message: value.message }
    if (value.param !== undefined) error.param = value.param
    if (value.code !== undefined) error.code = value.code
    if (value.type !== undefined) error.type = value.type
    if (value.retryAfter !== undefined) error.retryAfter = value.retryAfter
    if (value.raw !== undefined) error.raw = value.raw
    return error
  }
  const message = value instanceof Error ? value.message : String(value)
  return { kind: 'internal', status: 500, message }
}

/** Shorthand for the most common throw: a bad request with the field's path. */
export function invalidRequest(message: string, param?: string): ChatwireError {
  return new ChatwireError({ kind: 'invalid_request', message, ...(param ? { param } : {}) })
}
