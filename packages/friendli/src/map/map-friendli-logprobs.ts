import type { Logprobs } from '@chatwire/core'
import { encodeOpenAILogprobs } from '@chatwire/openai/internal'
import type { FriendliLogprobs } from '../schema/friendli-logprobs'

/** The engine's logprobs without the `refusal` list, which Friendli does not have (reference §5.3). */
export function encodeFriendliLogprobs(logprobs: Logprobs): FriendliLogprobs {
  const { content } = encodeOpenAILogprobs(logprobs)
  return content === undefined ? {} : { content }
}
