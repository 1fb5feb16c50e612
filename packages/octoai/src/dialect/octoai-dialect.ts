import { createRefusalError, type Dialect } from '@chatwire/core'
import { octoaiCodec } from '../octoai-codec'
import { octoaiExtension } from '../schema/octoai-extension'
import { octoaiDocs } from './octoai-docs'
import { octoaiEmbedded } from './octoai-embedded'
import { octoaiEmulator } from './octoai-emulator'
import { octoaiEndpoints } from './octoai-endpoints'
import { octoaiUpstream } from './octoai-upstream'

/** OctoAI text-gen chat completions, as the gateway serves and calls them. */
export const octoaiDialect: Dialect = {
  name: 'octoai',
  title: 'OctoAI',
  codec: octoaiCodec,
  endpoints: octoaiEndpoints,
  upstream: octoaiUpstream,
  extensions: [octoaiExtension],
  // OctoAI's envelope has no words of its own for a refusal: the plain kind.
  refuse: (refusal) => createRefusalError(refusal),
  embedded: octoaiEmbedded,
  docs: octoaiDocs,
  emulator: octoaiEmulator,
}
