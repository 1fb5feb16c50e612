import type { ChatRequest } from '../schema/chat-request'
import type { RequestExtensions } from '../schema/extensions'
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

/** Same idea for the per-vendor extension fields; `null` = request context, never a loss. */
export const EXTENSION_LOSS_KIND = {
  openai: {
    store: 'hint',
    serviceTier: 'hint',
    verbosity: 'hint',
    modalities: 'semantic',
    audio: 'semantic',
    prediction: 'hint',
    webSearchOptions: 'semantic',
    promptCacheKey: 'hint',
    promptCacheRetention: 'hint',
    safetyIdentifier: 'hint',
    promptCacheOptions: 'hint',
    moderation: 'hint',
    legacyMaxTokens: null,
    legacyFunctions: null,
  },
  elastic: { inferenceId: null, timeout: null, reasoning: 'hint' },
  octoai: { peft: 'semantic', ignoreEos: 'semantic', logPrompt: 'hint', loglikelihood: 'semantic' },
  friendli: {
    product: null,
    team: null,
    minTokens: 'hint',
    xtcThreshold: 'hint',
    xtcProbability: 'hint',
    eosToken: 'hint',
    chatTemplateKwargs: 'semantic',
    parseReasoning: 'hint',
    includeReasoning: 'hint',
    reasoningBudget: 'hint',
    resumeGeneration: 'hint',
    seeds: 'semantic',
  },
  vllm: {
    bestOf: 'hint',
    useBeamSearch: 'hint',
    lengthPenalty: 'hint',
    stopTokenIds: 'semantic',
    includeStopStrInOutput: 'semantic',
    skipSpecialTokens: 'hint',
    spacesBetweenSpecialTokens: 'hint',
    truncatePromptTokens: 'semantic',
    promptLogprobs: 'semantic',
    allowedTokenIds: 'semantic',
    badWords: 'semantic',
  },
} as const satisfies {
  [D in keyof RequestExtensions]-?: Record<keyof NonNullable<RequestExtensions[D]>, LossKind | null>
}

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

/** Adds a loss for every extension field that belongs to a dialect other than `own`. */
export function reportForeignExtensions(
  request: ChatRequest,
  own: keyof RequestExtensions,
  target: string,
  losses: Loss[],
): void {
  const extensions = request.extensions
  if (!extensions) return
  for (const dialect of Object.keys(EXTENSION_LOSS_KIND) as (keyof RequestExtensions)[]) {
    const bag = extensions[dialect] as Record<string, unknown> | undefined
    if (dialect === own || !bag) continue
    const kinds = EXTENSION_LOSS_KIND[dialect] as Record<string, LossKind | null>
    for (const [key, value] of Object.entries(bag)) {
      // Own keys only: a bag key such as `constructor` must not find Object.prototype's.
      const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined
      if (value === undefined || kind === null) continue
      losses.push({
        path: `extensions.${dialect}.${key}`,
        kind: kind ?? 'hint',
        message: `${target} has no equivalent of the ${dialect} field '${key}'`,
      })
    }
  }
}

export function hasSemanticLoss(losses: readonly Loss[]): boolean {
  return losses.some((loss) => loss.kind === 'semantic')
}
