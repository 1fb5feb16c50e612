import { ChatwireError, type SseEvent } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import { describeThrown } from './check-fuzz-outcome'
import type { Random } from './create-random'
import type { FuzzTarget } from './fuzz-target'
import { mutateText, splitBytes } from './mutate-text'

interface Parsed {
  items: unknown[]
  thrown: unknown
}

function parse(pieces: readonly Uint8Array[], maxEventBytes: number | undefined): Parsed {
  const items: unknown[] = []
  const parser = createSseParser({
    onEvent: (event: SseEvent) => items.push(event),
    onComment: (comment) => items.push({ comment }),
    onRetry: (ms) => items.push({ retry: ms }),
    ...(maxEventBytes === undefined ? {} : { maxEventBytes }),
  })
  try {
    for (const piece of pieces) parser.feed(piece)
    parser.end()
  } catch (thrown) {
    return { items, thrown }
  }
  return { items, thrown: undefined }
}

function mutateBytes(random: Random, base: Uint8Array): Uint8Array {
  if (random.chance(0.5))
    return new TextEncoder().encode(mutateText(random, new TextDecoder().decode(base)))
  const bytes = new Uint8Array(base)
  for (let i = 0; i < 1 + random.int(6); i++) bytes[random.int(bytes.length)] = random.int(256)
  return bytes
}

/**
 * The SSE parser over mutated vendor transcripts and random bytes: fed whole and in random
 * pieces it must dispatch the same items, and throw nothing but the `sse_event_too_large`
 * ChatwireError — at the same point — when `maxEventBytes` is set.
 */
export function createSseFuzzTarget(transcripts: readonly Uint8Array[]): FuzzTarget {
  return {
    name: 'sse.parser',
    run(random) {
      const bytes = mutateBytes(random, random.pick(transcripts))
      const limit = random.chance(0.4) ? 1 + random.int(400) : undefined
      const pieces = splitBytes(random, bytes)
      const whole = parse([bytes], limit)
      const split = parse(pieces, limit)
      let problem = [whole.thrown, split.thrown]
        .filter((thrown) => thrown !== undefined)
        .map((thrown) =>
          ChatwireError.isInstance(thrown) && thrown.code !== 'sse_event_too_large'
            ? `threw ChatwireError ${thrown.code}`
            : describeThrown(thrown),
        )
        .find((described) => described !== undefined)
      if (!problem && limit === undefined && whole.thrown !== undefined)
        problem = 'threw without a limit'
      if (!problem && (whole.thrown === undefined) !== (split.thrown === undefined)) {
        problem = 'the limit tripped for one split of the bytes and not for another'
      }
      if (!problem && JSON.stringify(whole.items) !== JSON.stringify(split.items)) {
        problem = 'a split of the bytes changed what was dispatched'
      }
      return {
        problem,
        describeInput: () =>
          JSON.stringify({
            maxEventBytes: limit,
            bytes: Array.from(bytes),
            pieces: pieces.map((piece) => piece.length),
          }),
      }
    },
  }
}
