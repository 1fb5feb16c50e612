import {
  type ChatError,
  type DialectEmulator,
  type EmulatedRoute,
  maskKey,
  readAuthorization,
} from '@chatwire/core'
import { createOpenAICodec, openaiCodec } from '../index'

const PATH = '/v1/chat/completions'

// api.openai.com refuses the OpenAI-compatible extra fields (`top_k`, …) that vLLM & co accept.
const route: { route: EmulatedRoute } = {
  route: {
    codec: createOpenAICodec({ refuseCompatibleFields: true }),
    context: {},
    alwaysStream: false,
    alwaysUsage: false,
  },
}

/** The OpenAI API's own phrasing for failures before validation (reference/wire-formats.md §4.5). */
const fail = (status: number, message: string, code?: string) =>
  openaiCodec.encodeError({
    kind: status === 401 ? 'authentication' : status === 404 ? 'not_found' : 'invalid_request',
    status,
    message,
    type: 'invalid_request_error',
    ...(code ? { code } : {}),
  } satisfies ChatError)

/** OpenAI: `POST /v1/chat/completions`, `Authorization: Bearer <key>`. */
export const openaiEmulator: DialectEmulator = {
  paths: [PATH],
  streamContentType: 'text/event-stream; charset=utf-8',
  responseHeaders: {},
  route(call) {
    if (call.method === 'POST' && call.path === PATH) return route
    return { error: fail(404, `Invalid URL (${call.method} ${call.path})`) }
  },
  authenticate(call, apiKey) {
    const authorization = readAuthorization(call.headers)
    if (authorization?.scheme !== 'bearer' || authorization.credentials === '') {
      return fail(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
      )
    }
    if (authorization.credentials === apiKey) return undefined
    return fail(
      401,
      `Incorrect API key provided: ${maskKey(authorization.credentials)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      'invalid_api_key',
    )
  },
  rejectBody() {
    return fail(
      400,
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
    )
  },
}
