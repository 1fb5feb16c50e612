import {
  type ChatError,
  type ChatStreamPart,
  excerpt,
  findTooDeepPath,
  isJsonObject,
  MAX_REQUEST_DEPTH,
  malformedUpstream,
  type SseEvent,
  toChatError,
} from '@chatwire/core'
import { upstreamStreamError } from '@chatwire/openai/internal'
import { decodeFriendliErrorPayload } from '../error/decode-friendli-error'

/** In-stream errors carry no HTTP status; like the engine's, they are read as 500s. */
const IN_STREAM_STATUS = 500

/**
 * A named SSE event (anything but `token` and the default) → one canonical part.
 * `tool_status` (built-in tool runs on the tool-assisted endpoint, reference §5.4) becomes a
 * Friendli extension part, never a tool call; `error` an error part; any other name is kept as
 * an extension part with its data, so Friendli clients still get it.
 */
export function decodeFriendliStreamEvent(event: SseEvent): ChatStreamPart {
  const name = event.event ?? 'message'
  const data = parseJson(event.data)
  // Passed on as data: re-serialised by encoders, it must be no deeper than a request may be.
  const tooDeep = findTooDeepPath(data, MAX_REQUEST_DEPTH)
  if (tooDeep !== undefined) {
    const error = malformedUpstream(tooDeep, `at most ${MAX_REQUEST_DEPTH} levels of nesting`)
    return streamError({ ...toChatError(error), raw: excerpt(event.data) })
  }
  if (name === 'tool_status') {
    if (!isToolStatus(data)) {
      return streamError(
        upstreamStreamError('Friendli sent a malformed tool_status event', event.data),
      )
    }
    return { type: 'extension', dialect: 'friendli', event: name, data }
  }
  if (name === 'error') {
    const error = decodeFriendliErrorPayload(data, IN_STREAM_STATUS)
    return streamError(
      error ?? upstreamStreamError(`Friendli sent an error event: ${excerpt(event.data)}`),
    )
  }
  return { type: 'extension', dialect: 'friendli', event: name, data: data ?? event.data }
}

/** Friendli's in-stream error: an object with `message` or `error.message` and no `choices`. */
export function decodeFriendliStreamError(payload: Record<string, unknown>): ChatError | undefined {
  if (payload.choices !== undefined) return undefined
  return decodeFriendliErrorPayload(payload, IN_STREAM_STATUS)
}

function isToolStatus(data: unknown): data is Record<string, unknown> {
  return (
    isJsonObject(data) &&
    typeof data.tool_call_id === 'string' &&
    typeof data.name === 'string' &&
    typeof data.status === 'string'
  )
}

function streamError(error: ChatError): ChatStreamPart {
  return { type: 'error', error }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
