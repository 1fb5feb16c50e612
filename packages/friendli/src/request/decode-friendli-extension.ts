import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import type { FriendliExtension, FriendliProduct } from '../schema/friendli-extension'

/** Friendli-only knobs and request context → `extensions.friendli` (reference §9.5). */
export function decodeFriendliExtension(
  wire: FriendliAnyChatRequest,
  product: FriendliProduct,
  team: string | undefined,
): FriendliExtension {
  const extension: FriendliExtension = { product }
  if (team !== undefined) extension.team = team
  copy(extension, 'minTokens', wire.min_tokens)
  copy(extension, 'xtcThreshold', wire.xtc_threshold)
  copy(extension, 'xtcProbability', wire.xtc_probability)
  copy(extension, 'eosToken', wire.eos_token)
  copy(extension, 'chatTemplateKwargs', wire.chat_template_kwargs)
  copy(extension, 'parseReasoning', wire.parse_reasoning)
  copy(extension, 'includeReasoning', wire.include_reasoning)
  copy(extension, 'reasoningBudget', wire.reasoning_budget)
  copy(extension, 'resumeGeneration', wire.resume_generation)
  if (Array.isArray(wire.seed)) extension.seeds = wire.seed
  return extension
}

/** Sets `target[key]` unless the wire value is absent or `null` (Friendli's "not set"). */
export function copy<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | null | undefined,
): void {
  if (value !== undefined && value !== null) target[key] = value
}
