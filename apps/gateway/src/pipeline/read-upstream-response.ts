import { type ChatResponse, ChatwireError, createChatStreamAggregator } from '@chatwire/core'
import { LocalFailure } from '../failures/local-failure'
import type { AttemptClock } from '../upstream/attempt-clock'
import type { OpenedUpstream } from '../upstream/open-upstream'
import { readBoundedText } from '../upstream/read-bounded-text'
import { toUpstreamFailure } from '../upstream/to-upstream-failure'
import type { UpstreamCandidate } from '../upstream/upstream-candidate'
import type { ByteSource } from '../upstream/upstream-client'
import { createUpstreamEventParser } from './create-upstream-event-parser'

/**
 * The whole upstream answer in canonical form, for a non-streaming client: the JSON body, or
 * — for a stream-only upstream — its event stream aggregated (DESIGN.md, quirks).
 * Both are bounded by `limits.maxResponseBytes` after decompression.
 */
export async function readUpstreamResponse(
  opened: OpenedUpstream,
  candidate: UpstreamCandidate,
  streamed: boolean,
  commentsAreProgress = false,
): Promise<ChatResponse> {
  const { reply, guard } = opened
  try {
    if (!streamed) return decode(candidate, await readJson(reply.body, candidate, guard.clock))
    return await aggregateEvents(reply.body, candidate, guard.clock, commentsAreProgress)
  } catch (error) {
    if (error instanceof LocalFailure) throw error
    throw toUpstreamFailure(error, guard.reason, candidate, true)
  } finally {
    guard.dispose()
  }
}

async function readJson(
  body: ByteSource,
  candidate: UpstreamCandidate,
  clock: AttemptClock,
): Promise<unknown> {
  const limit = candidate.limits.maxResponseBytes
  const { text, truncated } = await readBoundedText(body, limit, clock)
  if (truncated) throw tooLarge(candidate, limit)
  try {
    return JSON.parse(text)
  } catch {
    throw new ChatwireError({
      kind: 'upstream',
      message: `Upstream '${candidate.name}' answered with invalid JSON.`,
    })
  }
}

function decode(candidate: UpstreamCandidate, body: unknown): ChatResponse {
  try {
    return candidate.codec.decodeResponse(body)
  } catch (error) {
    if (ChatwireError.isInstance(error)) throw error
    throw LocalFailure.from(error, `decode the answer of upstream '${candidate.name}'`)
  }
}

async function aggregateEvents(
  body: ByteSource,
  candidate: UpstreamCandidate,
  clock: AttemptClock,
  commentsAreProgress: boolean,
): Promise<ChatResponse> {
  const limit = candidate.limits.maxResponseBytes
  const aggregator = createChatStreamAggregator()
  const decoder = candidate.codec.createStreamDecoder((part) => aggregator.push(part))
  // Only events are progress: an upstream trickling bytes without one is idle.
  const parser = createUpstreamEventParser(candidate, clock, commentsAreProgress, (event) =>
    decoder.push(event),
  )
  let size = 0
  try {
    for (;;) {
      const chunk = await body.read()
      if (chunk === undefined) break
      size += chunk.byteLength
      if (size > limit) throw tooLarge(candidate, limit)
      parser.feed(chunk)
    }
    parser.end()
    decoder.end()
  } catch (error) {
    body.cancel()
    throw error
  }
  return aggregator.result()
}

function tooLarge(candidate: UpstreamCandidate, limit: number): ChatwireError {
  return new ChatwireError({
    kind: 'upstream',
    code: 'upstream_response_too_large',
    message: `Upstream '${candidate.name}' answered with more than ${limit} bytes (limits.maxResponseBytes).`,
  })
}
