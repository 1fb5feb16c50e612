import { type ChatStreamPart, ChatwireError, type Codec, type SseEvent } from '@chatwire/core'

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

/** The parts a codec's stream decoder emits for these events, then the end of the stream. */
export function decodeEvents(codec: Codec, ...events: SseEvent[]): ChatStreamPart[] {
  const parts: ChatStreamPart[] = []
  const decoder = codec.createStreamDecoder((part) => parts.push(part))
  for (const event of events) decoder.push(event)
  decoder.end()
  return parts
}
