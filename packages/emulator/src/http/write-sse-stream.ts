import { once } from 'node:events'
import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ChatStreamPart, Codec } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import type { PlannedStream } from '../model/build-stream-parts'

export interface SseStreamOptions {
  codec: Codec
  includeUsage: boolean
  delayMs: number
  headers: Record<string, string>
  /** Aborted when the client goes away: stops writing at once. */
  signal: AbortSignal
  /** Called with the number of SSE events written so far, after each write. */
  onProgress(events: number): void
}

/**
 * Encodes canonical parts with the dialect's codec and writes them as SSE. Without a delay the
 * whole stream goes out in one write (the benchmark path); with one, each part is written on its
 * own after the delay. Resolves `'reset'` after resetting the TCP connection when planned.
 */
export async function writeSseStream(
  response: ServerResponse,
  stream: PlannedStream,
  options: SseStreamOptions,
): Promise<'completed' | 'reset' | 'aborted'> {
  const { codec, signal } = options
  let pending = ''
  let events = 0
  const encoder = codec.createStreamEncoder(
    (event) => {
      pending += formatSseEvent(event, codec.framing)
      events++
    },
    { includeUsage: options.includeUsage },
  )
  response.writeHead(200, options.headers)
  if (options.delayMs > 0) response.flushHeaders()
  try {
    for (const part of stream.parts) {
      if (options.delayMs > 0 && isPayload(part)) {
        await flush(response, pending, signal)
        pending = ''
        options.onProgress(events)
        await sleep(options.delayMs, undefined, { signal })
      }
      encoder.push(part)
    }
    if (stream.reset) {
      await writeAndWait(response, pending)
      options.onProgress(events)
      response.socket?.resetAndDestroy()
      return 'reset'
    }
    encoder.end()
  } catch (error) {
    if (signal.aborted) return 'aborted'
    throw error
  }
  response.end(pending)
  options.onProgress(events)
  return 'completed'
}

function isPayload(part: ChatStreamPart): boolean {
  return part.type === 'chunk' || part.type === 'extension'
}

async function flush(response: ServerResponse, text: string, signal: AbortSignal): Promise<void> {
  if (signal.aborted) throw signal.reason
  if (text === '' || response.write(text)) return
  await once(response, 'drain', { signal })
}

/** Resolves once the text has left for the socket, so that a reset does not discard it. */
function writeAndWait(response: ServerResponse, text: string): Promise<void> {
  if (text === '') return Promise.resolve()
  return new Promise((resolve) => response.write(text, () => resolve()))
}
