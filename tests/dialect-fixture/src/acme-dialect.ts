import { createRefusalError, type Dialect } from '@chatwire/core'
import { acmeCodec } from './acme-codec'
import { acmeDocs } from './acme-docs'
import { acmeEmulator } from './acme-emulator'
import { acmeEndpoints } from './acme-endpoints'
import { acmeExtension } from './acme-extension'
import { acmeUpstream } from './acme-upstream'

/** The `type` of the gateway's own refusals to Acme's clients. */
export const ACME_REFUSAL_TYPE = 'acme_refusal'

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
  // The gateway's refusals in the codec's envelope: Acme's error type, the gateway's codes.
  refuse: (refusal) => createRefusalError(refusal, { type: ACME_REFUSAL_TYPE, code: refusal.code }),
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
