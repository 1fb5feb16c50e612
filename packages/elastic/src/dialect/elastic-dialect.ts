import type { Dialect } from '@chatwire/core'
import { elasticCodec } from '../elastic-codec'
import { elasticExtension } from '../index'
import { elasticDocs } from './elastic-docs'
import { elasticEmbedded } from './elastic-embedded'
import { elasticEmulator } from './elastic-emulator'
import { elasticEndpoints } from './elastic-endpoints'
import { refuseInElastic } from './elastic-refuse'
import { elasticUpstream } from './elastic-upstream'

/** Elastic's Inference API (unified `chat_completion`), as the gateway serves and calls it. */
export const elasticDialect: Dialect = {
  name: 'elastic',
  title: 'Elastic',
  codec: elasticCodec,
  endpoints: elasticEndpoints,
  upstream: elasticUpstream,
  extensions: [elasticExtension],
  refuse: refuseInElastic,
  clientHeaders: ['x-elastic-client-meta'],
  embedded: elasticEmbedded,
  docs: elasticDocs,
  emulator: elasticEmulator,
}
