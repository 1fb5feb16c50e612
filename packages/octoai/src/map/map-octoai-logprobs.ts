import {
  type Logprobs,
  readNullishUpstreamArray,
  readUpstreamObject,
  type TokenLogprob,
} from '@chatwire/core'
import { decodeOpenAITokenLogprob } from '@chatwire/openai/internal'
import type { OctoAILogprobs, OctoAILogprobsContent } from '../schema/octoai-logprobs'

// OctoAI's `top_logprobs` and `bytes` are optional, its items may be `null` (dropped, §9.4),
// and it has no `refusal` list.
type TopLogprob = NonNullable<TokenLogprob['topLogprobs']>[number]
type WireTop = NonNullable<OctoAILogprobsContent['top_logprobs']>[number]

function encodeEntry(entry: TopLogprob): WireTop {
  const wire: WireTop = { token: entry.token, logprob: entry.logprob }
  if (entry.bytes != null) wire.bytes = entry.bytes
  return wire
}

/** OctoAI's `bytes: null` says nothing: left out, so it is not written back as a value. */
function withoutNullBytes<T extends { bytes?: number[] | null }>(entry: T): T {
  if (entry.bytes === null) delete entry.bytes
  return entry
}

/** An upstream choice's `logprobs` → canonical; each token as the engine's, `null` items dropped. */
export function decodeOctoAILogprobs(value: unknown, path = 'logprobs'): Logprobs {
  const logprobs = readUpstreamObject(value, path)
  const items = readNullishUpstreamArray(logprobs.content, `${path}.content`)
  if (!items) return {}
  const content: TokenLogprob[] = []
  for (const [index, item] of items.entries()) {
    if (item === null) continue
    const token = withoutNullBytes(decodeOpenAITokenLogprob(item, `${path}.content[${index}]`))
    token.topLogprobs?.forEach(withoutNullBytes)
    content.push(token)
  }
  return { content }
}

/** Refusal log probabilities have no OctoAI field; they are not sent. */
export function encodeOctoAILogprobs(logprobs: Logprobs): OctoAILogprobs {
  if (!logprobs.content) return {}
  return {
    content: logprobs.content.map((token) => {
      const wire: OctoAILogprobsContent = encodeEntry(token)
      if (token.topLogprobs) wire.top_logprobs = token.topLogprobs.map(encodeEntry)
      return wire
    }),
  }
}
