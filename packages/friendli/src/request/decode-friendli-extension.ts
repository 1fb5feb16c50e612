import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import type { FriendliExtension, FriendliProduct } from '../schema/friendli-extension'

/**
 * Friendli's own fields and request context → `extensions.friendli` (reference §9.5); its
 * shared knobs go to `extensions.compatible` (FRIENDLI_COMPATIBLE_FIELDS).
 */
export function decodeFriendliExtension(
  wire: FriendliAnyChatRequest,
  product: FriendliProduct,
  team: string | undefined,
): FriendliExtension {
  const extension: FriendliExtension = { product }
  if (team !== undefined) extension.team = team
  if (Array.isArray(wire.seed)) extension.seeds = wire.seed
  return extension
}
