import {
  type ChatChunk,
  type ChatError,
  type ChatStreamDecoder,
  type ChatStreamPart,
  ChatwireError,
  excerpt,
  type SseEvent,
  toChatError,
} from '@chatwire/core'
import { decodeOpenAIErrorObject } from '../error/decode-openai-error'
import type { OpenAIChatChunk } from '../schema/openai-chat-chunk'
import { type DecodeChunkOptions, decodeOpenAIChatChunk } from './decode-openai-chat-chunk'

export interface OpenAIStreamDecoderOptions extends DecodeChunkOptions {
  /** Name used in error messages, e.g. `OpenAI`. */
  vendor?: string
  /** Maps a parsed chunk object to canonical (default: {@link decodeOpenAIChatChunk}). */
  decodeChunk?: (wire: OpenAIChatChunk) => ChatChunk
  /** Handles events with a non-default `event:` name (e.g. `tool_status`). */
  decodeNamedEvent?: (event: SseEvent) => ChatStreamPart | undefined
  /** Recognises an in-stream error payload (default: has an `error` key). */
  decodeErrorPayload?: (payload: Record<string, unknown>) => ChatError | undefined
}

/**
 * Runs a dialect's mapper over one event: a malformed field it finds (a ChatwireError) becomes
 * the terminal error part, with the event's payload as `raw`; anything else is a bug, rethrown.
 */
function decodeOrFail<T>(decode: () => T, raw: unknown): T | ChatError {
  try {
    return decode()
  } catch (error) {
    if (!ChatwireError.isInstance(error)) throw error
    return { ...toChatError(error), raw }
  }
}

const isChatError = (value: object): value is ChatError => 'kind' in value

export function upstreamStreamError(message: string, raw?: unknown): ChatError {
  return raw === undefined
    ? { kind: 'upstream', status: 502, message }
    : { kind: 'upstream', status: 502, message, raw }
}

function defaultErrorPayload(payload: Record<string, unknown>): ChatError | undefined {
  if (payload.error == null) return undefined
  return decodeOpenAIErrorObject(payload, 500, 'The upstream reported an error mid-stream')
}

/**
 * The OpenAI-style stream state machine: `data: <chunk>` lines, `data: {"error":…}` as a terminal
 * error, `data: [DONE]` as the terminator. Dialects parameterise it instead of copying it.
 */
export function createOpenAIStreamDecoder(
  emit: (part: ChatStreamPart) => void,
  options: OpenAIStreamDecoderOptions = {},
): ChatStreamDecoder {
  const vendor = options.vendor ?? 'OpenAI'
  const decodeChunk =
    options.decodeChunk ?? ((wire: OpenAIChatChunk) => decodeOpenAIChatChunk(wire, options))
  const decodeErrorPayload = options.decodeErrorPayload ?? defaultErrorPayload
  let finished = false
  const finish = (part: ChatStreamPart) => {
    finished = true
    emit(part)
  }
  const fail = (message: string, raw?: unknown) =>
    finish({ type: 'error', error: upstreamStreamError(message, raw) })

  return {
    push(event) {
      if (finished) return
      if (event.event !== undefined && event.event !== 'message' && options.decodeNamedEvent) {
        const decodeNamedEvent = options.decodeNamedEvent
        const part = decodeOrFail(() => decodeNamedEvent(event), event.data)
        if (part === undefined) return
        if (isChatError(part)) return finish({ type: 'error', error: part })
        ;(part.type === 'error' || part.type === 'done' ? finish : emit)(part)
        return
      }
      const data = event.data
      // openai-node checks startsWith('[DONE]'), other SDKs any line containing it (§2.5).
      if (data.startsWith('[DONE]')) return finish({ type: 'done' })
      let payload: unknown
      try {
        payload = JSON.parse(data)
      } catch {
        return fail(`${vendor} sent a stream event that is not JSON: ${excerpt(data)}`, data)
      }
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        return fail(`${vendor} sent a stream event that is not a JSON object`, payload)
      }
      const error = decodeErrorPayload(payload as Record<string, unknown>)
      if (error) return finish({ type: 'error', error })
      const wire = payload as OpenAIChatChunk
      if (!Array.isArray(wire.choices) || typeof wire.id !== 'string') {
        return fail(`${vendor} sent a chunk without 'id' and 'choices'`, payload)
      }
      const chunk = decodeOrFail(() => decodeChunk(wire), data)
      if (isChatError(chunk)) return finish({ type: 'error', error: chunk })
      emit(chunk)
    },
    end() {
      if (!finished) fail(`The ${vendor} stream ended without [DONE]: the response is incomplete`)
    },
  }
}
