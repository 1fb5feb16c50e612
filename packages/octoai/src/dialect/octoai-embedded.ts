import type { EmbeddedUpstream } from '@chatwire/core'

/** The embedded default's OctoAI emulator: `octoai-llama`. */
export const octoaiEmbedded: readonly EmbeddedUpstream[] = [
  {
    name: 'octoai',
    path: '/v1',
    routes: [{ match: 'octoai-llama', model: 'meta-llama-3.1-8b-instruct' }],
    note: 'octoai-llama',
  },
]
