import {
  type DialectEmulator,
  type EmulatedRoute,
  maskKey,
  readAuthorization,
  rejectUnknownRoute,
} from '@chatwire/core'
import { createOctoAIValidationError, octoaiCodec } from '../index'

const PATH = '/v1/chat/completions'

const route: { route: EmulatedRoute } = {
  route: { codec: octoaiCodec, context: {}, alwaysStream: false, alwaysUsage: false },
}

/**
 * OctoAI text-gen (defunct; built from its OpenAPI spec and SDK): `POST /v1/chat/completions`,
 * `Authorization: Bearer <token>`, FastAPI 422 `{"detail":[…]}` for bodies it rejects.
 */
export const octoaiEmulator: DialectEmulator = {
  paths: [PATH],
  streamContentType: 'text/event-stream; charset=utf-8',
  responseHeaders: {},
  route(call) {
    if (call.method === 'POST' && call.path === PATH) return route
    return rejectUnknownRoute(call.method, call.path === PATH)
  },
  authenticate(call, apiKey) {
    const authorization = readAuthorization(call.headers)
    if (authorization?.scheme === 'bearer' && authorization.credentials === apiKey) return undefined
    const message = authorization
      ? `Invalid token: ${maskKey(authorization.credentials)}`
      : 'Missing bearer token: send Authorization: Bearer <token>'
    return octoaiCodec.encodeError({ kind: 'authentication', status: 401, message })
  },
  rejectBody(_call, _route, text) {
    const message = text.trim() === '' ? 'Field required' : 'JSON decode error'
    const type = text.trim() === '' ? 'missing' : 'json_invalid'
    return octoaiCodec.encodeError(createOctoAIValidationError(undefined, message, type).toJSON())
  },
}
