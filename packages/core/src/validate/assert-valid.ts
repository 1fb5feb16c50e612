import { ChatwireError } from '../errors/chatwire-error'
import type { ErrorKind } from '../schema/chat-error'
import type { Validator } from './create-validator'

export interface AssertValidOptions {
  /** Prepended to the problem's path (`messages[2]` + `content`). */
  pathPrefix?: string
  kind?: ErrorKind
  status?: number
  /** What is being validated, for the message: "request body", "upstream chunk"… */
  subject?: string
}

/** Returns the value typed when valid; throws a {@link ChatwireError} naming the field otherwise. */
export function assertValid<T>(
  validator: Validator<T>,
  value: unknown,
  options: AssertValidOptions = {},
): T {
  if (validator.check(value)) return value
  const problem = validator.firstProblem(value)
  const path = joinFieldPath(options.pathPrefix ?? '', problem?.path ?? '')
  const where = path === '' ? (options.subject ?? 'body') : `'${path}'`
  throw new ChatwireError({
    kind: options.kind ?? 'invalid_request',
    ...(options.status === undefined ? {} : { status: options.status }),
    message: `Invalid ${where}: ${problem?.message ?? 'does not match the schema'}`,
    ...(path === '' ? {} : { param: path }),
  })
}

export function joinFieldPath(prefix: string, path: string): string {
  if (prefix === '') return path
  if (path === '') return prefix
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`
}
