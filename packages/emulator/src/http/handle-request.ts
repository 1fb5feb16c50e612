import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { type DialectEmulator, type IncomingCall, toChatError } from '@chatwire/core'
import type { RecordedRequest } from '../emulator-types'
import type { Script } from '../script/reply-script'
import { answerCall } from './answer-call'

export interface EmulatorState {
  /** The emulated dialect's name, as scripts see it. */
  dialect: string
  emulator: DialectEmulator
  apiKey: string | undefined
  script: Script | undefined
  requests: RecordedRequest[]
  /** Settles when the call's response closes (finished, aborted or reset). */
  track(settled: Promise<void>): void
}

/**
 * The node:http listener: records each call, notices when the client goes away before the answer
 * is complete (`aborted`), and stops the answer when it does.
 */
export function createRequestHandler(state: EmulatorState): RequestListener {
  return (message: IncomingMessage, response: ServerResponse) => {
    const call = readCall(message)
    const record: RecordedRequest = {
      index: state.requests.length,
      ...call,
      body: undefined,
      outcome: 'pending',
      aborted: false,
      events: 0,
    }
    state.requests.push(record)
    const controller = new AbortController()
    const settled = new Promise<void>((resolve) => {
      response.on('close', () => {
        // A DOMException per abort is not free: abort only calls that did not finish.
        if (!response.writableFinished) {
          if (record.outcome !== 'reset') {
            record.aborted = true
            record.outcome = 'aborted'
          }
          controller.abort()
        }
        resolve()
      })
    })
    state.track(settled)
    const { dialect, emulator, apiKey, script } = state
    const context = { dialect, emulator, apiKey, script, call, record, signal: controller.signal }
    answerCall(message, response, context).catch((error: unknown) => {
      // The client went away mid-body, or the emulator itself failed: say so, never hang.
      if (controller.signal.aborted || response.headersSent) return void response.destroy()
      const text = `chatwire emulator failure: ${toChatError(error).message}`
      response.writeHead(500, { 'content-type': 'text/plain' }).end(text)
    })
  }
}

function readCall(message: IncomingMessage): IncomingCall {
  const url = message.url ?? '/'
  const mark = url.indexOf('?')
  const query: Record<string, string> = {}
  if (mark !== -1)
    for (const [key, value] of new URLSearchParams(url.slice(mark + 1))) query[key] = value
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: message.method ?? 'GET',
    path: mark === -1 ? url : url.slice(0, mark),
    query,
    headers,
  }
}
