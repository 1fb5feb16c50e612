import {
  type DialectEmulator,
  type EmulatedRoute,
  type EncodedError,
  type IncomingCall,
  readAuthorization,
  toChatError,
} from '@chatwire/core'
import {
  ELASTIC_RESPONSE_HEADERS,
  type ElasticStandardErrorBody,
  type ElasticStringErrorBody,
  elasticCodec,
  rejectElasticBody,
} from '../index'
import { readBasicPassword } from './read-basic-password'

const CHAT = /^\/_inference\/chat_completion\/([^/_][^/]*)(\/_stream)?$/
const UNTYPED_STREAM = /^\/_inference\/([^/_][^/]*)\/_stream$/

/** ES's REST layer answers before the inference action: plain JSON (wire-formats.md §3.5). */
function restError(body: ElasticStandardErrorBody | ElasticStringErrorBody): {
  error: EncodedError
} {
  const headers = { 'content-type': 'application/json', ...ELASTIC_RESPONSE_HEADERS }
  return { error: { status: body.status, headers, body: JSON.stringify(body) } }
}

function standardError(status: number, type: string, reason: string) {
  return restError({ error: { root_cause: [{ type, reason }], type, reason }, status })
}

function route(call: IncomingCall): { route: EmulatedRoute } | { error: EncodedError } {
  const typed = CHAT.exec(call.path)
  const id = typed?.[1] ?? UNTYPED_STREAM.exec(call.path)?.[1]
  if (id === undefined) {
    return restError({
      error: `no handler found for uri [${call.path}] and method [${call.method}]`,
      status: 400,
    })
  }
  if (call.method !== 'POST') {
    const error = `Incorrect HTTP method for uri [${call.path}] and method [${call.method}], allowed: [POST]`
    return restError({ error, status: 405 })
  }
  if (typed && typed[2] === undefined) {
    const reason =
      'The [chat_completion] task type only supports streaming, please try again with the _stream API'
    return standardError(400, 'status_exception', reason)
  }
  return {
    route: {
      codec: elasticCodec,
      context: { params: { inference_id: decodeURIComponent(id) }, query: call.query },
      alwaysStream: true,
      alwaysUsage: true,
    },
  }
}

/** `ApiKey <key>` and `Bearer <key>` compare the credentials, `Basic` the password. */
function presents(call: IncomingCall, apiKey: string): boolean {
  const authorization = readAuthorization(call.headers)
  if (!authorization) return false
  const { scheme, credentials } = authorization
  if (scheme === 'apikey' || scheme === 'bearer') return credentials === apiKey
  return scheme === 'basic' && readBasicPassword(credentials) === apiKey
}

/**
 * Elasticsearch: `POST /_inference/chat_completion/{inference_id}/_stream` (and the untyped
 * `/_inference/{inference_id}/_stream`), stream only, usage always, `X-elastic-product` on every
 * response, `Authorization: ApiKey|Basic|Bearer`.
 */
export const elasticEmulator: DialectEmulator = {
  paths: [
    '/_inference/chat_completion/{inference_id}/_stream',
    '/_inference/{inference_id}/_stream',
  ],
  streamContentType: 'text/event-stream',
  responseHeaders: ELASTIC_RESPONSE_HEADERS,
  route,
  authenticate(call, apiKey) {
    if (presents(call, apiKey)) return undefined
    const message = call.headers.authorization
      ? 'unable to authenticate with provided credentials and anonymous access is not allowed for this request'
      : `missing authentication credentials for REST request [${call.path}]`
    return elasticCodec.encodeError({ kind: 'authentication', status: 401, message })
  },
  rejectBody(call, _route, text) {
    // The REST layer fails before the inference plugin's parser runs, as Elasticsearch does.
    return elasticCodec.encodeError(toChatError(rejectElasticBody(text, call.path)))
  },
}
