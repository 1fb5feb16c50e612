import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type ChatRequest,
  ChatwireError,
  type DialectEmulator,
  type EmulatedRoute,
  type EncodedError,
  type IncomingCall,
  toChatError,
} from '@chatwire/core'
import type { RecordedRequest } from '../emulator-types'
import { planReply } from '../model/plan-reply'
import type { Script } from '../script/reply-script'
import { resolveScript } from '../script/resolve-script'
import { readRequestBody } from './read-request-body'
import { sendReply } from './send-reply'
import { writeEncodedError } from './write-encoded-error'

export interface CallContext {
  /** The emulated dialect's name. */
  dialect: string
  emulator: DialectEmulator
  apiKey: string | undefined
  script: Script | undefined
  call: IncomingCall
  record: RecordedRequest
  signal: AbortSignal
}

/** Route, auth, body, validation by the codec, the scripted model, the answer: one call. */
export async function answerCall(
  message: IncomingMessage,
  response: ServerResponse,
  context: CallContext,
): Promise<void> {
  const { emulator, call, record } = context
  const reject = (encoded: EncodedError, error?: ChatwireError) => {
    record.status = encoded.status
    record.outcome = 'rejected'
    writeEncodedError(response, encoded, emulator.responseHeaders, error?.toJSON())
  }
  // Read first, whatever the answer: a test may assert on the body of a call that was refused.
  const text = await readRequestBody(message)
  const body = parseJson(text)
  record.body = body === NOT_JSON ? text : body
  const routed = emulator.route(call)
  if ('error' in routed) return reject(routed.error)
  const { route } = routed
  const denied =
    context.apiKey === undefined ? undefined : emulator.authenticate(call, context.apiKey)
  if (denied) return reject(denied)
  if (body === NOT_JSON) return reject(emulator.rejectBody(call, route, text))
  try {
    const request = route.codec.decodeRequest(body, route.context)
    record.request = request
    await respond(request, route, response, context)
  } catch (error) {
    if (context.signal.aborted || response.headersSent) throw error
    const chatwireError = ChatwireError.isInstance(error)
      ? error
      : ChatwireError.from(toChatError(error))
    reject(route.codec.encodeError(chatwireError.toJSON()), chatwireError)
  }
}

async function respond(
  request: ChatRequest,
  route: EmulatedRoute,
  response: ServerResponse,
  { dialect, emulator, script, call, record, signal }: CallContext,
): Promise<void> {
  const resolved = resolveScript(request, script, {
    dialect,
    path: call.path,
    headers: call.headers,
    index: record.index,
  })
  const reply = planReply({ request, ...resolved, index: record.index })
  if (reply.kind === 'stall') return
  if (reply.kind === 'error') throw ChatwireError.from(reply.error)
  await sendReply(response, reply.plan, { request, route, emulator, record, signal })
}

const NOT_JSON = Symbol('not JSON')

function parseJson(text: string): unknown {
  if (text.trim() === '') return NOT_JSON
  try {
    return JSON.parse(text)
  } catch {
    return NOT_JSON
  }
}
