import { type ChatRequest, type Loss, readExtension } from '@chatwire/core'
import { type CompatibleExtension, compatibleExtension } from '@chatwire/openai'
import { FRIENDLI_COMPATIBLE_FIELDS } from '../map/friendli-request-fields'
import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import type { FriendliProduct } from '../schema/friendli-extension'

type Knob = keyof CompatibleExtension

/** Knobs one product lacks: `min_tokens` off the tool-assisted path, `resume_generation` on it. */
const PRODUCT_ONLY: Partial<Record<Knob, (product: FriendliProduct) => boolean>> = {
  minTokens: (product) => product !== 'tools',
  resumeGeneration: (product) => product === 'tools',
}

/** Friendli's knobs of `extensions.compatible` → wire fields of `body` (the seed list is the caller's). */
export function encodeFriendliExtension(
  request: ChatRequest,
  product: FriendliProduct,
  body: FriendliAnyChatRequest,
  losses: Loss[],
): void {
  const extension = readExtension(request, compatibleExtension)
  if (!extension) return
  const target = body as Record<string, unknown>
  for (const [wire, knob] of FRIENDLI_COMPATIBLE_FIELDS) {
    const value = extension[knob]
    if (value === undefined) continue
    if (PRODUCT_ONLY[knob]?.(product) === false) {
      losses.push({
        path: `extensions.${compatibleExtension.name}.${knob}`,
        kind: 'hint',
        message: `Friendli's ${product} endpoint has no '${wire}'`,
      })
      continue
    }
    target[wire] = value
  }
}
