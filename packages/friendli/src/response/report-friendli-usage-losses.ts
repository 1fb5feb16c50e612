import type { Loss, Usage } from '@chatwire/core'

/**
 * Friendli's usage carries the totals and `prompt_tokens_details.cached_tokens` (reference §5.3):
 * any other non-zero detail counter (reasoning, audio, cache-write… tokens) is a reported hint.
 */
export function reportFriendliUsageLosses(usage: Usage | undefined, losses: Loss[]): void {
  const { cachedTokens: _kept, ...prompt } = usage?.promptTokensDetails ?? {}
  const dropped = [
    ...Object.entries(prompt).map(([key, count]) => [`promptTokensDetails.${key}`, count] as const),
    ...Object.entries(usage?.completionTokensDetails ?? {}).map(
      ([key, count]) => [`completionTokensDetails.${key}`, count] as const,
    ),
  ].filter(([, count]) => (count ?? 0) > 0)
  for (const [path, count] of dropped) {
    losses.push({
      path: `usage.${path}`,
      kind: 'hint',
      message: `Friendli usage has no ${path.split('.')[1]}: dropped ${count}`,
    })
  }
}
