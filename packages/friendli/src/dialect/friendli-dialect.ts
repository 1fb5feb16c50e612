import { createRefusalError, type Dialect } from '@chatwire/core'
import { compatibleExtension } from '@chatwire/openai'
import { friendliCodec } from '../friendli-codec'
import { friendliExtension } from '../schema/friendli-extension'
import { friendliDocs } from './friendli-docs'
import { friendliEmbedded } from './friendli-embedded'
import { friendliEmulator } from './friendli-emulator'
import { friendliEndpoints } from './friendli-endpoints'
import { friendliUpstream } from './friendli-upstream'

/** FriendliAI chat completions (serverless, dedicated, tool-assisted), as the gateway serves and calls them. */
export const friendliDialect: Dialect = {
  name: 'friendli',
  title: 'Friendli',
  codec: friendliCodec,
  endpoints: friendliEndpoints,
  upstream: friendliUpstream,
  extensions: [friendliExtension, compatibleExtension],
  // Friendli's envelope has no words of its own for a refusal: the plain kind.
  refuse: (refusal) => createRefusalError(refusal),
  clientHeaders: ['x-friendli-team'],
  embedded: friendliEmbedded,
  docs: friendliDocs,
  emulator: friendliEmulator,
}
