import { ChatwireError, type SseEvent } from '@chatwire/core'
import { createSseParser, type SseParser } from '@chatwire/sse'
import type { AttemptClock } from '../upstream/attempt-clock'
import type { UpstreamCandidate } from '../upstream/upstream-candidate'

const SSE_EVENT_TOO_LARGE = 'sse_event_too_large'

/**
 * The SSE parser over an upstream's body, for both the translated stream and the aggregated
 * answer: one line or event is bounded by the upstream's `limits.maxEventBytes` (the parser's
 * own bound, so a line that never ends is refused without being buffered), and only events —
 * comments too when the route says so — are progress for the attempt's idle wait. `feed()`
 * throws the gateway's error, naming the upstream and the setting, past the bound.
 */
export function createUpstreamEventParser(
  candidate: UpstreamCandidate,
  clock: AttemptClock,
  commentsAreProgress: boolean,
  onEvent: (event: SseEvent) => void,
): SseParser {
  const limit = candidate.limits.maxEventBytes
  const parser = createSseParser({
    onEvent(event) {
      clock.progress()
      onEvent(event)
    },
    ...(commentsAreProgress ? { onComment: () => clock.progress() } : {}),
    maxEventBytes: limit,
  })
  return {
    feed(chunk) {
      try {
        parser.feed(chunk)
      } catch (error) {
        if (ChatwireError.isInstance(error) && error.code === SSE_EVENT_TOO_LARGE) {
          throw eventTooLarge(candidate, limit)
        }
        throw error
      }
    },
    end: () => parser.end(),
  }
}

function eventTooLarge(candidate: UpstreamCandidate, limit: number): ChatwireError {
  return new ChatwireError({
    kind: 'upstream',
    code: SSE_EVENT_TOO_LARGE,
    message: `Upstream '${candidate.name}' sent an event larger than ${limit} bytes (limits.maxEventBytes).`,
  })
}
