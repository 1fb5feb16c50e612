import { createRefusalError, type Dialect } from '@chatwire/core'
import { acmeCodec } from './acme-codec'
import { acmeDocs } from './acme-docs'
import { acmeEmulator } from './acme-emulator'
import { acmeEndpoints } from './acme-endpoints'
import { acmeExtension } from './acme-extension'
import { acmeUpstream } from './acme-upstream'

/**
 * Acme, a fifth dialect from outside the repository's packages: registered by passing it to
 * the gateway, the OpenAPI generator or the emulator, none of which names it.
 */
export const acmeDialect: Dialect = {
  name: 'acme',
  title: 'Acme',
  codec: acmeCodec,
  endpoints: acmeEndpoints,
  upstream: acmeUpstream,
  extensions: [acmeExtension],
  // The gateway's refusals in the codec's envelope, with the gateway's own codes.
  refuse: (refusal) => createRefusalError(refusal),
  docs: acmeDocs,
  emulator: acmeEmulator,
  embedded: [
    {
      name: 'acme',
      path: '/v1',
      routes: [{ match: 'acme-*' }],
      note: 'acme-* → the Acme emulator',
    },
  ],
}
