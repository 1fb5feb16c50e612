import type { ChatRequest } from '@chatwire/core'
import type { OpenAICompatibleField } from '../schema/openai-compatible-fields'
import type { CompatibleExtension, VLLMExtension } from '../schema/openai-extension'
import { COMPATIBLE_EXTENSION_FIELDS } from './openai-extension-fields'

type Bags = { compatible: CompatibleExtension; vllm: VLLMExtension }
type ExtensionPath = {
  [Bag in keyof Bags]: `${Bag}.${Extract<keyof Bags[Bag], string>}`
}[keyof Bags]

/** Where a canonical value lives: a top-level field, or `<bag>.<key>` under `extensions`. */
export type CompatibleHome =
  | Extract<keyof ChatRequest, 'topK' | 'minP' | 'repetitionPenalty'>
  | ExtensionPath

/**
 * Each OpenAI-compatible extra field and its canonical home: a canonical field, the shared
 * `compatible` bag, or vLLM's `vllm` bag. An OpenAI client's knob thus reaches an upstream
 * that takes it exactly as that dialect's own client's would, and every other upstream reports
 * it with the bag's loss kind.
 */
export const OPENAI_COMPATIBLE_HOMES = [
  ['top_k', 'topK'],
  ['min_p', 'minP'],
  ['repetition_penalty', 'repetitionPenalty'],
  ...COMPATIBLE_EXTENSION_FIELDS.map(
    ([wire, key]) =>
      [wire, `compatible.${key}`] as const satisfies readonly [string, CompatibleHome],
  ),
  ['best_of', 'vllm.bestOf'],
  ['use_beam_search', 'vllm.useBeamSearch'],
  ['length_penalty', 'vllm.lengthPenalty'],
  ['stop_token_ids', 'vllm.stopTokenIds'],
  ['include_stop_str_in_output', 'vllm.includeStopStrInOutput'],
  ['skip_special_tokens', 'vllm.skipSpecialTokens'],
  ['spaces_between_special_tokens', 'vllm.spacesBetweenSpecialTokens'],
  ['truncate_prompt_tokens', 'vllm.truncatePromptTokens'],
  ['prompt_logprobs', 'vllm.promptLogprobs'],
  ['allowed_token_ids', 'vllm.allowedTokenIds'],
  ['bad_words', 'vllm.badWords'],
] as const satisfies readonly (readonly [OpenAICompatibleField, CompatibleHome])[]

/** The loss path of a home, as core's loss reporters name it. */
export const lossPathOf = (home: CompatibleHome): string =>
  home.includes('.') ? `extensions.${home}` : home

/** Reads the canonical value at `home`. */
export function readCompatibleHome(request: ChatRequest, home: CompatibleHome): unknown {
  const dot = home.indexOf('.')
  if (dot < 0) return request[home as keyof ChatRequest]
  return request.extensions?.[home.slice(0, dot)]?.[home.slice(dot + 1)]
}

/** Writes `value` at `home`, creating the extension bag when needed. */
export function writeCompatibleHome(request: ChatRequest, home: CompatibleHome, value: unknown) {
  const dot = home.indexOf('.')
  if (dot < 0) {
    ;(request as Record<string, unknown>)[home] = value
    return
  }
  writeExtensionField(request, home.slice(0, dot), home.slice(dot + 1), value)
}

/** Writes `value` at `extensions[bag][key]`, creating the bag when needed. */
function writeExtensionField(request: ChatRequest, bag: string, key: string, value: unknown) {
  request.extensions ??= {}
  request.extensions[bag] = { ...request.extensions[bag], [key]: value }
}
