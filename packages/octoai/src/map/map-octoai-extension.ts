import type { OctoAIChatRequest } from '../schema/octoai-chat-request'
import type { OctoAIExtension } from '../schema/octoai-extension'

type OctoAIOnlyFields = Pick<
  OctoAIChatRequest,
  'peft' | 'ignore_eos' | 'log_prompt' | 'loglikelihood'
>

/** The OctoAI-only knobs → `extensions.octoai`; `undefined` when none is set. */
export function decodeOctoAIExtension(body: OctoAIOnlyFields): OctoAIExtension | undefined {
  const extension: OctoAIExtension = {}
  if (body.peft !== undefined) extension.peft = body.peft
  if (body.ignore_eos !== undefined) extension.ignoreEos = body.ignore_eos
  if (body.log_prompt !== undefined) extension.logPrompt = body.log_prompt
  if (body.loglikelihood !== undefined) extension.loglikelihood = body.loglikelihood
  return Object.keys(extension).length === 0 ? undefined : extension
}

/** `extensions.octoai` → the wire fields, written onto `body`. */
export function encodeOctoAIExtension(
  extension: OctoAIExtension | undefined,
  body: OctoAIOnlyFields,
): void {
  if (!extension) return
  if (extension.peft !== undefined) body.peft = extension.peft
  if (extension.ignoreEos !== undefined) body.ignore_eos = extension.ignoreEos
  if (extension.logPrompt !== undefined) body.log_prompt = extension.logPrompt
  if (extension.loglikelihood !== undefined) body.loglikelihood = extension.loglikelihood
}
