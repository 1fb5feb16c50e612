import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import type { CrossFormatMember, KnownRejection } from '@chatwire/testkit'
import { fixturesOf } from './read-fixture'

type Declarations = Omit<CrossFormatMember, 'name' | 'codec' | 'fixtures' | 'family'>

/** What each dialect says its own way as a target (reference/wire-formats.md §9). */
const declarations: Record<string, Declarations> = {
  openai: {
    requestDefaults: {
      'responseFormat.name': 'a json_schema format needs a name: chatwire writes `response`',
    },
    responseDefaults: {
      created: 'every completion and chunk carries `created` (the time of encoding)',
      model: 'every chunk carries `model` (empty when the source had none)',
    },
    unsaid: { 'choices[].message.reasoning': 'Chat Completions has no reasoning text' },
    errorAliases: {
      'invalid_request/422': {
        as: 'unprocessable/422',
        why: 'OpenAI reads any 422 as unprocessable',
      },
    },
  },
  elastic: {
    requestDefaults: {
      stream: 'the `_stream` API always streams (§3.2)',
      'streamOptions.includeUsage': 'ES always asks its provider for usage (§3.2)',
    },
    unsaid: {
      created: 'Elastic chunks carry no `created` (§3.4)',
      systemFingerprint: 'Elastic chunks carry no `system_fingerprint` (§3.4)',
      'choices[].logprobs': 'Elastic chunks carry no logprobs (§3.4)',
    },
    errorAliases: {
      'invalid_request/422': {
        as: 'unprocessable/422',
        why: 'a relayed 422 reads as unprocessable',
      },
    },
  },
  octoai: {
    responseDefaults: {
      created: 'every chunk carries `created`',
      model: 'every chunk carries `model` (empty when the source had none)',
    },
    unsaid: {
      systemFingerprint: 'OctoAI has no `system_fingerprint`',
      'usage.promptTokensDetails': 'OctoAI usage has the three counts only',
      'usage.completionTokensDetails': 'OctoAI usage has the three counts only',
      'choices[].message.refusal': 'OctoAI has no refusal',
      'choices[].logprobs.refusal': 'OctoAI has no refusal',
      'choices[].message.reasoning': 'OctoAI has no reasoning text',
    },
    streamErrorUnsaid: 'OctoAI ends a failed stream without [DONE] and without an error event',
  },
  friendli: {
    requestDefaults: {
      'tools[].parameters': 'Friendli requires `parameters`: an empty object schema says none',
    },
    responseDefaults: { created: 'every chunk carries `created`' },
    unsaid: {
      systemFingerprint: 'Friendli has no `system_fingerprint`',
      'usage.promptTokensDetails.audioTokens': 'Friendli reports cached prompt tokens only',
      'usage.completionTokensDetails': 'Friendli has no completion token details (§5.4)',
      'choices[].message.refusal': 'Friendli has no refusal',
      'choices[].logprobs.refusal': 'Friendli has no refusal',
    },
    errorAliases: {
      'invalid_request/400': {
        as: 'invalid_request/422',
        why: 'FastAPI answers a bad body with 422',
      },
    },
  },
}

/**
 * Each dialect as source and target over its own fixtures, and each endpoint with a codec of
 * its own (Friendli's products) as a further target.
 */
function toCrossFormatMembers(dialects: readonly Dialect[]): CrossFormatMember[] {
  return dialects.flatMap((dialect) => {
    const declared = declarations[dialect.name] ?? {}
    const family = dialect.name
    const endpoints = dialect.endpoints.filter((endpoint) => endpoint.codec !== dialect.codec)
    return [
      { name: family, family, codec: dialect.codec, fixtures: fixturesOf(family), ...declared },
      ...endpoints.map(({ id, codec }) => ({
        name: `${family}/${id}`,
        family,
        codec,
        ...declared,
      })),
    ]
  })
}

export const crossFormatMembers = toCrossFormatMembers(defaultDialects)

/** Pairs whose encoder writes a body the target's server rejects, without reporting a loss. */
export const knownRejections: KnownRejection[] = [
  {
    source: 'octoai',
    target: 'openai',
    fixture: 'octoai-every-field',
    param: 'logit_bias[1234]',
    why: 'OpenAI takes integer logit biases only; 2.5 is written as is',
  },
  {
    source: 'friendli',
    target: 'openai',
    fixture: 'friendli-every-field',
    param: 'logit_bias[29871]',
    why: 'OpenAI takes integer logit biases only; a decimal is written as is',
  },
  {
    source: 'friendli',
    target: 'octoai',
    fixture: 'friendli-top-p-zero',
    param: 'top_p',
    why: 'OctoAI requires top_p > 0; Friendli accepts 0',
  },
]
