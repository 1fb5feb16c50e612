import { openaiTransport } from './openai-transport'
import type { Transport } from './upstream-target'

/** Friendli: OpenAI conventions plus the optional `X-Friendli-Team` header (§5.1). */
export const friendliTransport: Transport = {
  answersWithoutStream: true,
  target(upstream, encoded, options) {
    const target = openaiTransport.target(upstream, encoded, options)
    if (upstream.team) target.headers['x-friendli-team'] = upstream.team
    return target
  },
}
