import { defineExtension, JsonObject, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/openai-schema-descriptions.json (kept out of browser bundles).
export const OpenAIExtension = Type.Object(
  {
    store: Type.Optional(Type.Boolean()),
    serviceTier: Type.Optional(Type.String()),
    verbosity: Type.Optional(Type.String()),
    modalities: Type.Optional(Type.Array(Type.String())),
    audio: Type.Optional(JsonObject),
    prediction: Type.Optional(JsonObject),
    webSearchOptions: Type.Optional(JsonObject),
    promptCacheKey: Type.Optional(Type.String()),
    promptCacheRetention: Type.Optional(Type.String()),
    safetyIdentifier: Type.Optional(Type.String()),
    promptCacheOptions: Type.Optional(JsonObject),
    moderation: Type.Optional(Type.Unknown()),
    legacyMaxTokens: Type.Optional(Type.Integer()),
    legacyFunctions: Type.Optional(Type.Boolean()),
  },
  { $id: 'OpenAIExtension' },
)
export type OpenAIExtension = Static<typeof OpenAIExtension>

/** The `openai` extension bag and the loss kind of each field (`null`: request context). */
export const openaiExtension = defineExtension({
  name: 'openai',
  schema: OpenAIExtension,
  losses: {
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
})

/**
 * The OpenAI-compatible extra fields (`schema/openai-compatible-fields.ts`) that have neither a
 * canonical field nor a home in `vllm`: one bag every OpenAI-compatible dialect reads and writes,
 * so a knob reaches any upstream that takes it under its one name, and every other upstream
 * reports it with the same loss kind.
 */
export const CompatibleExtension = Type.Object(
  {
    minTokens: Type.Optional(Type.Integer({ minimum: 0 })),
    xtcThreshold: Type.Optional(Type.Number()),
    xtcProbability: Type.Optional(Type.Number()),
    eosToken: Type.Optional(Type.Array(Type.Integer())),
    chatTemplateKwargs: Type.Optional(JsonObject),
    parseReasoning: Type.Optional(Type.Boolean()),
    includeReasoning: Type.Optional(Type.Boolean()),
    reasoningBudget: Type.Optional(Type.Integer()),
    resumeGeneration: Type.Optional(Type.Boolean()),
    ignoreEos: Type.Optional(Type.Boolean()),
    peft: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    logPrompt: Type.Optional(Type.Boolean()),
    loglikelihood: Type.Optional(Type.Boolean()),
  },
  { $id: 'CompatibleExtension' },
)
export type CompatibleExtension = Static<typeof CompatibleExtension>

/** The `compatible` extension bag, shared by the OpenAI-compatible dialects. */
export const compatibleExtension = defineExtension({
  name: 'compatible',
  schema: CompatibleExtension,
  losses: {
    minTokens: 'hint',
    xtcThreshold: 'hint',
    xtcProbability: 'hint',
    eosToken: 'hint',
    chatTemplateKwargs: 'semantic',
    parseReasoning: 'hint',
    includeReasoning: 'hint',
    reasoningBudget: 'hint',
    resumeGeneration: 'hint',
    ignoreEos: 'semantic',
    peft: 'semantic',
    logPrompt: 'hint',
    loglikelihood: 'semantic',
  },
})

/**
 * vLLM's extra sampling parameters (`vllm/entrypoints/openai/protocol.py`,
 * `ChatCompletionRequest`), which OpenAI-compatible servers take as extra body fields. No
 * chatwire dialect has them: an OpenAI-dialect upstream that opts in receives them as they came.
 */
export const VLLMExtension = Type.Object(
  {
    bestOf: Type.Optional(Type.Integer({ minimum: 1 })),
    useBeamSearch: Type.Optional(Type.Boolean()),
    lengthPenalty: Type.Optional(Type.Number()),
    stopTokenIds: Type.Optional(Type.Array(Type.Integer())),
    includeStopStrInOutput: Type.Optional(Type.Boolean()),
    skipSpecialTokens: Type.Optional(Type.Boolean()),
    spacesBetweenSpecialTokens: Type.Optional(Type.Boolean()),
    truncatePromptTokens: Type.Optional(Type.Integer({ minimum: 1 })),
    promptLogprobs: Type.Optional(Type.Integer()),
    allowedTokenIds: Type.Optional(Type.Array(Type.Integer())),
    badWords: Type.Optional(Type.Array(Type.String())),
  },
  { $id: 'VLLMExtension' },
)
export type VLLMExtension = Static<typeof VLLMExtension>

/** The `vllm` extension bag: vLLM's sampling parameters, forwarded by OpenAI-compatible servers. */
export const vllmExtension = defineExtension({
  name: 'vllm',
  schema: VLLMExtension,
  losses: {
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
})
