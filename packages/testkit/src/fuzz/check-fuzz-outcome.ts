import {
  type ChatError,
  type ChatStreamPart,
  ChatwireError,
  chatErrorValidator,
  DECODER_FAULT_CODE,
  type Validator,
} from '@chatwire/core'

/** No message may quote more than a short excerpt: an upstream's own message is cut at 1,000. */
const MAX_FUZZ_MESSAGE_LENGTH = 1200

function describeError(error: ChatError, cause?: unknown): string | undefined {
  if (error.code === DECODER_FAULT_CODE) {
    const inner = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
    return `the codec guard caught a decoder fault (${inner.slice(0, 300)})`
  }
  // What a prototype-chain lookup or a stray object puts into a message.
  if (/\[native code\]|\[object Object\]/.test(error.message)) {
    return `a message made from a non-string value: ${error.message.slice(0, 120)}`
  }
  if (error.message.length > MAX_FUZZ_MESSAGE_LENGTH) {
    return `a message of ${error.message.length} characters: ${error.message.slice(0, 120)}…`
  }
  if (!chatErrorValidator.check(error)) {
    return `an invalid ChatError: ${JSON.stringify(chatErrorValidator.firstProblem(error))}`
  }
  return undefined
}

/** What was thrown, when it is anything but a well-formed ChatwireError. */
export function describeThrown(thrown: unknown): string | undefined {
  if (!ChatwireError.isInstance(thrown)) {
    const name = thrown instanceof Error ? thrown.name : typeof thrown
    const message = thrown instanceof Error ? thrown.message : String(thrown)
    return `threw ${name}: ${message.slice(0, 300)}`
  }
  return describeError(thrown.toJSON(), thrown.cause)
}

/** A decoded value that is not valid canonical data. */
export function describeInvalid<T>(validator: Validator<T>, value: unknown): string | undefined {
  if (validator.check(value)) return undefined
  const problem = validator.firstProblem(value)
  return `decoded to invalid canonical data at '${problem?.path}': ${problem?.message}`
}

/** A decoded stream must be valid parts ending in exactly one terminal part. */
export function describeStreamParts(
  parts: readonly ChatStreamPart[],
  validator: Validator<ChatStreamPart>,
): string | undefined {
  const terminals = parts.filter((part) => part.type === 'done' || part.type === 'error').length
  const last = parts.at(-1)
  if (terminals !== 1 || (last?.type !== 'done' && last?.type !== 'error')) {
    return `${terminals} terminal parts, the last part being ${last?.type}`
  }
  for (const part of parts) {
    const problem =
      part.type === 'error' ? describeError(part.error) : describeInvalid(validator, part)
    if (problem) return problem
  }
  return undefined
}
