import type { Logprobs, TokenLogprob } from '@chatwire/core'
import type { OctoAILogprobs, OctoAILogprobsContent } from '../schema/octoai-logprobs'

// Not @chatwire/openai's mapper: OctoAI's `top_logprobs` and `bytes` are optional, its items
// may be `null` (dropped, §9.4), and it has no `refusal` list.
type TopLogprob = NonNullable<TokenLogprob['topLogprobs']>[number]
type WireTop = NonNullable<OctoAILogprobsContent['top_logprobs']>[number]

function decodeEntry<T extends WireTop>(entry: T): TopLogprob {
  const decoded: TopLogprob = { token: entry.token, logprob: entry.logprob }
  if (entry.bytes != null) decoded.bytes = entry.bytes
  return decoded
}

function encodeEntry(entry: TopLogprob): WireTop {
  const wire: WireTop = { token: entry.token, logprob: entry.logprob }
  if (entry.bytes != null) wire.bytes = entry.bytes
  return wire
}

export function decodeOctoAILogprobs(logprobs: OctoAILogprobs): Logprobs {
  if (!logprobs.content) return {}
  const content: TokenLogprob[] = []
  for (const item of logprobs.content) {
    if (item === null) continue
    const token: TokenLogprob = decodeEntry(item)
    if (item.top_logprobs) token.topLogprobs = item.top_logprobs.map(decodeEntry)
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
