import type { EmbeddedUpstream } from '@chatwire/core'

/** The embedded default's OpenAI emulator: `gpt-4o-mini` (and, as the first dialect, any model). */
export const openaiEmbedded: readonly EmbeddedUpstream[] = [
  { name: 'openai', path: '/v1', routes: [{ match: 'gpt-4o-mini' }], note: 'gpt-4o-mini (OpenAI)' },
]
