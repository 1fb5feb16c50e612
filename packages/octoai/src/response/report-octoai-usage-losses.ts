import type { Loss, Usage } from '@chatwire/core'

/**
 * OctoAI's usage has the three totals only: every non-zero detail counter (cached, reasoning,
 * audio… tokens) is a reported hint loss. A zero says nothing the totals do not.
 */
export function reportOctoAIUsageLosses(usage: Usage | undefined, losses: Loss[]): void {
  for (const field of ['promptTokensDetails', 'completionTokensDetails'] as const) {
    const details: Record<string, number | undefined> = usage?.[field] ?? {}
    const counted = Object.keys(details).filter((key) => (details[key] ?? 0) > 0)
    if (counted.length === 0) continue
    losses.push({
      path: `usage.${field}`,
      kind: 'hint',
      message: `OctoAI usage has only the totals: dropped ${counted.join(', ')}`,
    })
  }
}
