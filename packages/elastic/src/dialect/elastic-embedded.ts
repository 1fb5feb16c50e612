import type { EmbeddedUpstream } from '@chatwire/core'

/** The embedded default's Elasticsearch emulator: `elastic-chat` reaches its `chatwire-chat`. */
export const elasticEmbedded: readonly EmbeddedUpstream[] = [
  {
    name: 'elastic',
    path: '',
    options: { inferenceId: 'chatwire-chat' },
    routes: [{ match: 'elastic-chat' }],
    note: 'elastic-chat (Elastic)',
  },
]
