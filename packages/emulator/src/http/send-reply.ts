import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  type ChatRequest,
  ChatwireError,
  type DialectEmulator,
  type EmulatedRoute,
} from '@chatwire/core'
import type { RecordedRequest } from '../emulator-types'
import { buildChatResponse } from '../model/build-chat-response'
import { buildStreamParts } from '../model/build-stream-parts'
import type { ReplyPlan } from '../model/plan-reply'
import { writeSseStream } from './write-sse-stream'

export interface ReplyTarget {
  request: ChatRequest
  route: EmulatedRoute
  emulator: DialectEmulator
  record: RecordedRequest
  signal: AbortSignal
}

/**
 * Sends a planned completion: SSE when the path or the body asks for a stream, else JSON after
 * the delay of every chunk. A fault planned for a stream becomes, without one, a 500 (error) or a
 * reset before any byte.
 */
export async function sendReply(
  response: ServerResponse,
  plan: ReplyPlan,
  { request, route, emulator, record, signal }: ReplyTarget,
): Promise<void> {
  if (route.alwaysStream || request.stream === true) {
    const leading = emulator.leadingParts?.(plan.builtinRuns, plan.created, route)
    const stream = buildStreamParts(plan, leading)
    record.status = 200
    const outcome = await writeSseStream(response, stream, {
      codec: route.codec,
      includeUsage: route.alwaysUsage || request.streamOptions?.includeUsage === true,
      delayMs: plan.delayMs,
      headers: { ...emulator.responseHeaders, 'content-type': emulator.streamContentType },
      signal,
      onProgress: (events) => {
        record.events = events
      },
    })
    if (record.outcome === 'pending') record.outcome = outcome
    return
  }
  if (plan.fault?.kind === 'error') throw ChatwireError.from(plan.fault.error)
  if (plan.fault?.kind === 'reset') {
    record.outcome = 'reset'
    response.socket?.resetAndDestroy()
    return
  }
  // Without a stream, the client waits for the whole generation: every chunk's delay at once.
  const generation = plan.delayMs * Math.max(1, plan.pieces.length)
  if (generation > 0) await sleep(generation, undefined, { signal })
  const body = JSON.stringify(route.codec.encodeResponse(buildChatResponse(plan)).body)
  record.status = 200
  response.writeHead(200, {
    ...emulator.responseHeaders,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  })
  response.end(body)
  if (record.outcome === 'pending') record.outcome = 'completed'
}
