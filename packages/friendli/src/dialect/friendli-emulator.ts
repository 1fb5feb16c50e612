import {
  type DialectEmulator,
  type EmulatedRoute,
  readAuthorization,
  rejectUnknownRoute,
} from '@chatwire/core'
import { createFriendliCodec, type FriendliProduct, friendliCodec } from '../index'
import { buildFriendliToolStatusParts } from './build-friendli-tool-status-parts'

const PRODUCT_BY_PATH: Record<string, FriendliProduct> = {
  '/serverless/v1/chat/completions': 'serverless',
  '/dedicated/v1/chat/completions': 'dedicated',
  '/serverless/tools/v1/chat/completions': 'tools',
}

/** One codec per endpoint family: its `decodeRequest` is that endpoint's schema. */
const ROUTES = new Map<string, EmulatedRoute>(
  Object.entries(PRODUCT_BY_PATH).map(([path, product]) => [
    path,
    {
      codec: createFriendliCodec({ product }),
      context: { params: { product } },
      alwaysStream: false,
      alwaysUsage: false,
    },
  ]),
)

/**
 * FriendliAI: serverless, dedicated and serverless tool-assisted chat completions, `Authorization:
 * Bearer <token>` (`X-Friendli-Team` accepted), FastAPI 422 for bodies it rejects, built-in tool
 * runs streamed as `event: tool_status`.
 */
export const friendliEmulator: DialectEmulator = {
  paths: Object.keys(PRODUCT_BY_PATH),
  streamContentType: 'text/event-stream; charset=utf-8',
  responseHeaders: {},
  route(call) {
    const route = ROUTES.get(call.path)
    if (route && call.method === 'POST') return { route }
    return rejectUnknownRoute(call.method, route !== undefined)
  },
  authenticate(call, apiKey) {
    const authorization = readAuthorization(call.headers)
    if (authorization?.scheme === 'bearer' && authorization.credentials === apiKey) return undefined
    const message = authorization ? 'Invalid or expired token.' : 'Missing Authorization header.'
    return friendliCodec.encodeError({ kind: 'authentication', status: 401, message })
  },
  rejectBody(_call, route, text) {
    const empty = text.trim() === ''
    return route.codec.encodeError({
      kind: 'unprocessable',
      status: 422,
      message: empty ? 'Field required' : 'JSON decode error',
      type: empty ? 'missing' : 'json_invalid',
    })
  },
  leadingParts: buildFriendliToolStatusParts,
}
