import type { DialectEmulator, EmulatedRoute } from '@chatwire/core'
import { acmeCodec } from './acme-codec'
import { ACME_HEADERS } from './acme-endpoints'
import { ACME_KEY_HEADER } from './acme-upstream'

/** Acme's own host serves the vendor path; the gateway's `/acme` prefix is the gateway's. */
export const ACME_VENDOR_PATH = '/v1/chat/completions'

const route: EmulatedRoute = {
  codec: acmeCodec,
  context: {},
  alwaysStream: false,
  alwaysUsage: false,
}

const fail = (status: 400 | 401 | 404, message: string) =>
  acmeCodec.encodeError({
    kind: status === 401 ? 'authentication' : status === 404 ? 'not_found' : 'invalid_request',
    status,
    message,
  })

/** An Acme server: `POST /v1/chat/completions`, the key in `X-Acme-Key`. */
export const acmeEmulator: DialectEmulator = {
  paths: [ACME_VENDOR_PATH],
  streamContentType: 'text/event-stream; charset=utf-8',
  responseHeaders: ACME_HEADERS,
  route(call) {
    if (call.method === 'POST' && call.path === ACME_VENDOR_PATH) return { route }
    return { error: fail(404, `No route ${call.method} ${call.path}`) }
  },
  authenticate(call, apiKey) {
    if (call.headers[ACME_KEY_HEADER] === apiKey) return undefined
    return fail(401, `Missing or wrong ${ACME_KEY_HEADER}`)
  },
  rejectBody: () => fail(400, 'The body is not JSON'),
}
