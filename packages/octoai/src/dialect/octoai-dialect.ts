import { createRefusalError, type Dialect } from '@chatwire/core'
import { compatibleExtension } from '@chatwire/openai'
import { octoaiCodec } from '../octoai-codec'
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
  // Its own knobs (`peft`, `ignore_eos`, …) go to the shared `compatible` bag.
  extensions: [compatibleExtension],
  // OctoAI's envelope has no words of its own for a refusal: the plain kind.
  refuse: (refusal) => createRefusalError(refusal),
  embedded: octoaiEmbedded,
  docs: octoaiDocs,
  emulator: octoaiEmulator,
}
