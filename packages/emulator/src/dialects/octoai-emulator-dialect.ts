import { createOctoAIValidationError, octoaiCodec } from '@chatwire/octoai'
import type { EmulatorDialect, RouteResult } from './emulator-dialect'
import { maskKey, readAuthorization } from './read-authorization'
import { rejectUnknownRoute } from './reject-unknown-route'

const PATH = '/v1/chat/completions'

const route: RouteResult = {
  route: { codec: octoaiCodec, context: {}, alwaysStream: false, alwaysUsage: false },
}

/**
 * OctoAI text-gen (defunct; built from its OpenAPI spec and SDK): `POST /v1/chat/completions`,
 * `Authorization: Bearer <token>`, FastAPI 422 `{"detail":[…]}` for bodies it rejects.
 */
export const octoaiEmulatorDialect: EmulatorDialect = {
  name: 'octoai',
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
