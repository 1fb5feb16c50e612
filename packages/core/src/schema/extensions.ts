import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'
import { JsonObject } from './schema-helpers'

/**
 * Knobs only one dialect has. They live here, typed, so that a same-dialect round trip
 * (OctoAI→OctoAI, Friendli→Friendli) is lossless; other encoders report them as losses.
 */
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
    legacyMaxTokens: Type.Optional(
      Type.Integer({ description: 'The value of legacy `max_tokens`, when the request used it.' }),
    ),
    legacyFunctions: Type.Optional(
      Type.Boolean({ description: 'The request used legacy `functions`/`function_call`.' }),
    ),
  },
  { $id: 'OpenAIExtension', description: 'OpenAI-only request fields.' },
)
export type OpenAIExtension = Static<typeof OpenAIExtension>

export const ElasticExtension = Type.Object(
  {
    inferenceId: Type.Optional(
      Type.String({ description: 'The `{inference_id}` path parameter.' }),
    ),
    timeout: Type.Optional(
      Type.String({ description: 'The `timeout` query parameter, e.g. `30s`.' }),
    ),
    reasoning: Type.Optional(JsonObject),
  },
  { $id: 'ElasticExtension', description: 'Elastic request context and 9.4+ fields.' },
)
export type ElasticExtension = Static<typeof ElasticExtension>

export const OctoAIExtension = Type.Object(
  {
    peft: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    ignoreEos: Type.Optional(Type.Boolean()),
    logPrompt: Type.Optional(Type.Boolean()),
    loglikelihood: Type.Optional(Type.Boolean()),
  },
  { $id: 'OctoAIExtension', description: 'OctoAI-only request fields.' },
)
export type OctoAIExtension = Static<typeof OctoAIExtension>

export const FriendliProduct = Type.Union(
  [
    Type.Literal('serverless'),
    Type.Literal('dedicated'),
    Type.Literal('tools'),
    Type.Literal('container'),
  ],
  { description: 'Which Friendli endpoint family the request is for.' },
)
export type FriendliProduct = Static<typeof FriendliProduct>

export const FriendliExtension = Type.Object(
  {
    product: Type.Optional(FriendliProduct),
    team: Type.Optional(Type.String({ description: 'The `X-Friendli-Team` header.' })),
    minTokens: Type.Optional(Type.Integer({ minimum: 0 })),
    xtcThreshold: Type.Optional(Type.Number()),
    xtcProbability: Type.Optional(Type.Number()),
    eosToken: Type.Optional(Type.Array(Type.Integer())),
    chatTemplateKwargs: Type.Optional(JsonObject),
    parseReasoning: Type.Optional(Type.Boolean()),
    includeReasoning: Type.Optional(Type.Boolean()),
    reasoningBudget: Type.Optional(Type.Integer()),
    resumeGeneration: Type.Optional(Type.Boolean()),
    seeds: Type.Optional(
      Type.Array(Type.Integer(), { description: 'A `seed` list, one per `n`.' }),
    ),
  },
  { $id: 'FriendliExtension', description: 'Friendli-only request fields and context.' },
)
export type FriendliExtension = Static<typeof FriendliExtension>

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
  { $id: 'VLLMExtension', description: 'vLLM sampling parameters (OpenAI-compatible servers).' },
)
export type VLLMExtension = Static<typeof VLLMExtension>

export const RequestExtensions = Type.Object(
  {
    openai: Type.Optional(OpenAIExtension),
    elastic: Type.Optional(ElasticExtension),
    octoai: Type.Optional(OctoAIExtension),
    friendli: Type.Optional(FriendliExtension),
    vllm: Type.Optional(VLLMExtension),
  },
  { $id: 'RequestExtensions' },
)
export type RequestExtensions = Static<typeof RequestExtensions>
