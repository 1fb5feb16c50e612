import { defaultDialects } from '@chatwire/dialects'
import { ACME_GATEWAY_PATH, acmeCodec, acmeDialect } from '@chatwire-test/dialect-fixture'
import { afterAll, beforeAll } from 'vitest'
import {
  describeDialectMatrix,
  INBOUND_CLIENTS,
  type InboundClient,
  type Matrix,
  startMatrix,
} from './gateway-test-support'

/** The key the acme emulator insists on, in `X-Acme-Key`: the gateway must use acme's binding. */
export const ACME_KEY = 'acme-upstream-key'

/** The gateway's dialects: the default ones, then acme. */
export const dialects = [...defaultDialects, acmeDialect]

/** A raw acme client: OpenAI's body, acme's path, read with acme's codec. */
const acmeClient: InboundClient = {
  ...INBOUND_CLIENTS.openai,
  dialect: 'acme',
  codec: acmeCodec,
  path: () => ACME_GATEWAY_PATH,
}
const defaultClients = defaultDialects.map(
  ({ name }) => INBOUND_CLIENTS[name as keyof typeof INBOUND_CLIENTS],
)

/**
 * Starts the gateway with `dialects` in front of one emulator each (the acme one insisting on
 * its key) for the enclosing suite, and runs the gateway's lanes (text, stream with usage,
 * parallel tool calls, errors before and during a stream, client disconnects): acme → itself
 * and each default dialect, each default → acme. Returns the running matrix, read in tests.
 */
export function describeAcmeLanes(): () => Matrix {
  let matrix: Matrix | undefined
  beforeAll(async () => {
    matrix = await startMatrix({ dialects, apiKeys: { [acmeDialect.name]: ACME_KEY } })
  })
  afterAll(() => matrix?.close())
  const running = () => {
    if (!matrix) throw new Error('the acme matrix has not started')
    return matrix
  }
  const target = () => ({
    url: running().gateway.url,
    emulators: running().emulators,
    modelFor: running().modelFor,
  })
  describeDialectMatrix(target, {
    clients: [acmeClient],
    upstreams: dialects.map(({ name }) => name),
  })
  describeDialectMatrix(target, {
    clients: defaultClients,
    upstreams: [acmeDialect.name],
    // Its marker names only the upstream: on this gateway the acme client's run above already
    // left one for acme, which this run would find instead of its own.
    skip: { 'abort-before-answer': 'run for the acme upstream by the acme client above' },
  })
  return running
}
