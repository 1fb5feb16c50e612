import type { UpstreamBinding } from '@chatwire/core'
import { targetOpenAIUpstream } from '@chatwire/openai/dialect'

/** OctoAI speaks the engine's HTTP conventions: `{baseURL}/chat/completions`, Bearer (§6.1). */
export const octoaiUpstream: UpstreamBinding = {
  answersWithoutStream: true,
  target: targetOpenAIUpstream,
}
