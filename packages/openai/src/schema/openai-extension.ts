import { createExtensionBag, defineExtension, JsonObject, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Each bag is one table, field → [schema, loss kind when another dialect drops it] (`null`:
// request context). Descriptions: ../docs/openai-schema-descriptions.json (kept out of browser
// bundles).

/** The `openai` extension bag and the loss kind of each field. */
export const openaiExtension = defineExtension(
  createExtensionBag('openai', 'OpenAIExtension', {
    store: [Type.Boolean(), 'hint'],
    serviceTier: [Type.String(), 'hint'],
    verbosity: [Type.String(), 'hint'],
    modalities: [Type.Array(Type.String()), 'semantic'],
    audio: [JsonObject, 'semantic'],
    prediction: [JsonObject, 'hint'],
    webSearchOptions: [JsonObject, 'semantic'],
    promptCacheKey: [Type.String(), 'hint'],
    promptCacheRetention: [Type.String(), 'hint'],
    safetyIdentifier: [Type.String(), 'hint'],
    promptCacheOptions: [JsonObject, 'hint'],
    moderation: [Type.Unknown(), 'hint'],
    legacyMaxTokens: [Type.Integer(), null],
    legacyFunctions: [Type.Boolean(), null],
  }),
)

export const OpenAIExtension = openaiExtension.schema
export type OpenAIExtension = Static<typeof OpenAIExtension>

/**
 * The `compatible` extension bag, shared by the OpenAI-compatible dialects: the OpenAI-compatible
 * extra fields (`schema/openai-compatible-fields.ts`) that have neither a canonical field nor a
 * home in `vllm`, so a knob reaches any upstream that takes it under its one name, and every
 * other upstream reports it with the same loss kind.
 */
export const compatibleExtension = defineExtension(
  createExtensionBag('compatible', 'CompatibleExtension', {
    minTokens: [Type.Integer({ minimum: 0 }), 'hint'],
    xtcThreshold: [Type.Number(), 'hint'],
    xtcProbability: [Type.Number(), 'hint'],
    eosToken: [Type.Array(Type.Integer()), 'hint'],
    chatTemplateKwargs: [JsonObject, 'semantic'],
    parseReasoning: [Type.Boolean(), 'hint'],
    includeReasoning: [Type.Boolean(), 'hint'],
    reasoningBudget: [Type.Integer(), 'hint'],
    resumeGeneration: [Type.Boolean(), 'hint'],
    ignoreEos: [Type.Boolean(), 'semantic'],
    peft: [Type.Union([Type.String(), Type.Null()]), 'semantic'],
    logPrompt: [Type.Boolean(), 'hint'],
    loglikelihood: [Type.Boolean(), 'semantic'],
  }),
)

export const CompatibleExtension = compatibleExtension.schema
export type CompatibleExtension = Static<typeof CompatibleExtension>

/**
 * The `vllm` extension bag: vLLM's extra sampling parameters (`vllm/entrypoints/openai/protocol.py`,
 * `ChatCompletionRequest`), which OpenAI-compatible servers take as extra body fields. No
 * chatwire dialect has them: an OpenAI-dialect upstream that opts in receives them as they came.
 */
export const vllmExtension = defineExtension(
  createExtensionBag('vllm', 'VLLMExtension', {
    bestOf: [Type.Integer({ minimum: 1 }), 'hint'],
    useBeamSearch: [Type.Boolean(), 'hint'],
    lengthPenalty: [Type.Number(), 'hint'],
    stopTokenIds: [Type.Array(Type.Integer()), 'semantic'],
    includeStopStrInOutput: [Type.Boolean(), 'semantic'],
    skipSpecialTokens: [Type.Boolean(), 'hint'],
    spacesBetweenSpecialTokens: [Type.Boolean(), 'hint'],
    truncatePromptTokens: [Type.Integer({ minimum: 1 }), 'semantic'],
    promptLogprobs: [Type.Integer(), 'semantic'],
    allowedTokenIds: [Type.Array(Type.Integer()), 'semantic'],
    badWords: [Type.Array(Type.String()), 'semantic'],
  }),
)

export const VLLMExtension = vllmExtension.schema
export type VLLMExtension = Static<typeof VLLMExtension>
