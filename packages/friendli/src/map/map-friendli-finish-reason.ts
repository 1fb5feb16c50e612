import { decodeFinishReason, type FinishReason } from '@chatwire/core'

const FRIENDLI_TO_CORE = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
} as const satisfies Record<string, FinishReason['unified']>

type FriendliFinishReason = keyof typeof FRIENDLI_TO_CORE

const CORE_TO_FRIENDLI = {
  stop: 'stop',
  length: 'length',
  'tool-calls': 'tool_calls',
} as const satisfies Partial<Record<FinishReason['unified'], FriendliFinishReason>>

/** Friendli's stream enum includes the *string* `"null"`: "not finished" (reference §5.4). */
export function isFriendliUnfinished(raw: string | null | undefined): boolean {
  return raw === null || raw === undefined || raw === 'null'
}

/** Vendor value → unified + raw; unknown values unify to `other` and keep their text. */
export function decodeFriendliFinishReason(raw: string): FinishReason {
  return decodeFinishReason(raw, FRIENDLI_TO_CORE)
}

/** Friendli knows only stop, length and tool_calls: anything else is said as `stop`. */
export function encodeFriendliFinishReason(
  reason: FinishReason | undefined,
): FriendliFinishReason | null {
  if (reason === undefined) return null
  if (reason.raw !== undefined && Object.hasOwn(FRIENDLI_TO_CORE, reason.raw)) {
    return reason.raw as FriendliFinishReason
  }
  return Object.hasOwn(CORE_TO_FRIENDLI, reason.unified)
    ? CORE_TO_FRIENDLI[reason.unified as keyof typeof CORE_TO_FRIENDLI]
    : 'stop'
}

/** Whether a canonical finish reason has an exact Friendli value. */
export function isFriendliFinishReason(reason: FinishReason): boolean {
  return Object.hasOwn(CORE_TO_FRIENDLI, reason.unified)
}
