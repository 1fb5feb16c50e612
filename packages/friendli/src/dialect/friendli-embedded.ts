import type { EmbeddedUpstream } from '@chatwire/core'

const MODEL = 'meta-llama-3.1-8b-instruct'

/**
 * The embedded default's Friendli emulator, twice: serverless (`friendli-llama`) and the
 * tool-assisted endpoint (`friendli-tools-llama`), where built-in tools (`web:search`, …) run.
 */
export const friendliEmbedded: readonly EmbeddedUpstream[] = [
  {
    name: 'friendli',
    path: '/serverless/v1',
    routes: [{ match: 'friendli-llama', model: MODEL }],
    note: 'friendli-llama',
  },
  {
    name: 'friendli-tools',
    path: '/serverless/tools/v1',
    routes: [{ match: 'friendli-tools-llama', model: MODEL }],
    note: 'friendli-tools-llama (Friendli built-in tools)',
  },
]
