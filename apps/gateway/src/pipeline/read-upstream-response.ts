import {
  type ChatResponse,
  ChatwireError,
  type Codec,
  createChatStreamAggregator,
} from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import type { OpenedUpstream } from '../upstream/open-upstream'
import { toUpstreamFailure } from '../upstream/open-upstream'
import type { UpstreamCandidate } from '../upstream/upstream-candidate'

/**
 * The whole upstream answer in canonical form, for a non-streaming client: the JSON body, or
 * — for a stream-only upstream (Elastic) — its event stream aggregated (DESIGN.md, quirks).
 */
export async function readUpstreamResponse(
  opened: OpenedUpstream,
  candidate: UpstreamCandidate,
  streamed: boolean,
): Promise<ChatResponse> {
  const { response, abort } = opened
  try {
    // Read straight through: the timer counts the whole body, from the head on.
    abort.waiting()
    if (!streamed) return candidate.codec.decodeResponse(await readJson(response))
    return await aggregateEvents(response, candidate.codec, () => abort.waiting())
  } catch (error) {
    throw toUpstreamFailure(error, abort, candidate)
  } finally {
    abort.dispose()
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new ChatwireError({
      kind: 'upstream',
      message: 'The upstream answered with invalid JSON',
    })
  }
}

async function aggregateEvents(response: Response, codec: Codec, onRead: () => void) {
  const aggregator = createChatStreamAggregator()
  const decoder = codec.createStreamDecoder((part) => aggregator.push(part))
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
  if (response.body) {
    const reader = response.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      onRead()
      if (done) break
      parser.feed(value)
    }
  }
  parser.end()
  decoder.end()
  return aggregator.result()
}
