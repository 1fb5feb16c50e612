import { ChatwireError } from '@chatwire/core'

/** What `run` threw, when it is a ChatwireError; anything else (a TypeError) fails the test. */
export function catchChatwireError(run: () => unknown): ChatwireError {
  try {
    run()
  } catch (error) {
    if (ChatwireError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a ChatwireError, but nothing was thrown')
}
