import { extensionLossKind } from '../dialect/define-extension'
import type { ChatRequest } from '../schema/chat-request'
import type { Loss, LossKind } from '../schema/loss'

type TopLevelField = Exclude<keyof ChatRequest, 'model' | 'messages' | 'extensions' | 'stream'>

/**
 * How bad it is to drop each canonical field: a `hint` is a sampling knob (safe to drop),
 * `semantic` would change the answer. One table, so every codec classifies alike.
 */
export const FIELD_LOSS_KIND = {
  tools: 'semantic',
  toolChoice: 'semantic',
  parallelToolCalls: 'hint',
  responseFormat: 'semantic',
  maxTokens: 'hint',
  temperature: 'hint',
  topP: 'hint',
  topK: 'hint',
  minP: 'hint',
  // reference/wire-formats.md §9.1: penalties change results, so dropping them is semantic.
  frequencyPenalty: 'semantic',
  presencePenalty: 'semantic',
  repetitionPenalty: 'hint',
  seed: 'semantic',
  logitBias: 'semantic',
  stop: 'semantic',
  n: 'semantic',
  logprobs: 'semantic',
  topLogprobs: 'semantic',
  reasoningEffort: 'hint',
  streamOptions: 'hint',
  user: 'hint',
  metadata: 'hint',
} as const satisfies Record<TopLevelField, LossKind>

/** Adds a loss for every set top-level field the target does not support. */
export function reportUnsupportedFields(
  request: ChatRequest,
  supported: ReadonlySet<string>,
  target: string,
  losses: Loss[],
): void {
  for (const field of Object.keys(FIELD_LOSS_KIND) as TopLevelField[]) {
    if (request[field] === undefined || supported.has(field)) continue
    if (field === 'n' && request.n === 1) continue
    if (field === 'responseFormat' && request.responseFormat?.type === 'text') continue
    losses.push({
      path: field,
      kind: FIELD_LOSS_KIND[field],
      message: `${target} has no equivalent of '${field}'`,
    })
  }
}

/**
 * Adds a loss for every extension field in a bag that is not one of the target's own, but for
 * the fields `says` claims: those of another bag the target encodes (or reports) itself.
 */
export function reportForeignExtensions(
  request: ChatRequest,
  own: string | readonly string[],
  target: string,
  losses: Loss[],
  says?: (bag: string, key: string) => boolean,
): void {
  const extensions = request.extensions
  if (!extensions) return
  for (const name of Object.keys(extensions)) {
    const bag = extensions[name]
    if (!bag || (typeof own === 'string' ? name === own : own.includes(name))) continue
    for (const [key, value] of Object.entries(bag)) {
      const kind = extensionLossKind(name, key)
      if (value === undefined || kind === null || says?.(name, key)) continue
      losses.push({
        path: `extensions.${name}.${key}`,
        kind,
        message: `${target} has no equivalent of the ${name} field '${key}'`,
      })
    }
  }
}

export function hasSemanticLoss(losses: readonly Loss[]): boolean {
  return losses.some((loss) => loss.kind === 'semantic')
}
