import type { Loss } from '@chatwire/core'
import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import type { FriendliExtension, FriendliProduct } from '../schema/friendli-extension'

type Knob = Exclude<keyof FriendliExtension, 'product' | 'team' | 'seeds'>

const WIRE_NAMES = {
  minTokens: 'min_tokens',
  xtcThreshold: 'xtc_threshold',
  xtcProbability: 'xtc_probability',
  eosToken: 'eos_token',
  chatTemplateKwargs: 'chat_template_kwargs',
  parseReasoning: 'parse_reasoning',
  includeReasoning: 'include_reasoning',
  reasoningBudget: 'reasoning_budget',
  resumeGeneration: 'resume_generation',
} as const satisfies Record<Knob, keyof FriendliAnyChatRequest>

/** Knobs one product lacks: `min_tokens` off the tool-assisted path, `resume_generation` on it. */
const PRODUCT_ONLY: Partial<Record<Knob, (product: FriendliProduct) => boolean>> = {
  minTokens: (product) => product !== 'tools',
  resumeGeneration: (product) => product === 'tools',
}

/** `extensions.friendli` knobs → wire fields of `body` (the seed list is the caller's). */
export function encodeFriendliExtension(
  extension: FriendliExtension | undefined,
  product: FriendliProduct,
  body: FriendliAnyChatRequest,
  losses: Loss[],
): void {
  if (!extension) return
  const wire = body as Record<string, unknown>
  for (const knob of Object.keys(WIRE_NAMES) as Knob[]) {
    const value = extension[knob]
    if (value === undefined) continue
    if (PRODUCT_ONLY[knob]?.(product) === false) {
      losses.push({
        path: `extensions.friendli.${knob}`,
        kind: 'hint',
        message: `Friendli's ${product} endpoint has no '${WIRE_NAMES[knob]}'`,
      })
      continue
    }
    wire[WIRE_NAMES[knob]] = value
  }
}
