import type { DialectEndpoint } from '@chatwire/core'
import { createOpenAIEndpoint } from '@chatwire/openai/dialect'
import { octoaiCodec } from '../octoai-codec'

/** OctoAI's chat endpoint under the gateway's `/octoai` prefix, with the conventions of the engine it builds on. */
export const octoaiEndpoints: readonly DialectEndpoint[] = [
  createOpenAIEndpoint({
    id: 'chat',
    codec: octoaiCodec,
    gatewayPaths: ['/octoai/v1/chat/completions'],
    errorPrefix: '/octoai/',
  }),
]
