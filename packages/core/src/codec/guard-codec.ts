import { ChatwireError, toChatError } from '../errors/chatwire-error'
import { kindFromStatus } from '../errors/error-kind'
import { excerpt, UPSTREAM_MESSAGE_LENGTH } from '../limits/excerpt'
import type { ChatError } from '../schema/chat-error'
import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { ChatStreamDecoder, Codec } from './codec'

/**
 * The `code` of an error the guard made from something a decoder threw that was not a
 * ChatwireError: always a decoder bug (the fuzzer counts these as crashes), never the input's.
 */
export const DECODER_FAULT_CODE = 'decoder_fault'

function fault(kind: 'invalid_request' | 'upstream', message: string, cause: unknown) {
  return new ChatwireError({ kind, code: DECODER_FAULT_CODE, message, cause })
}

function guardStreamDecoder(
  create: (emit: (part: ChatStreamPart) => void) => ChatStreamDecoder,
  emit: (part: ChatStreamPart) => void,
): ChatStreamDecoder {
  let ended = false
  // Set while the consumer runs: what it throws is its own, and passes through untouched.
  let emitting = false
  const decoder = create((part) => {
    if (part.type === 'done' || part.type === 'error') ended = true
    emitting = true
    emit(part)
    emitting = false
  })
  const failed = (error: unknown) => {
    if (emitting) {
      emitting = false
      throw error
    }
    if (ended) return
    ended = true
    const chatError: ChatError = ChatwireError.isInstance(error)
      ? toChatError(error)
      : toChatError(fault('upstream', 'Upstream stream event could not be decoded', error))
    emit({ type: 'error', error: chatError })
  }
  return {
    push(event) {
      if (ended) return
      try {
        decoder.push(event)
      } catch (error) {
        failed(error)
      }
    },
    end() {
      if (ended) return
      try {
        decoder.end()
      } catch (error) {
        failed(error)
      }
    },
  }
}

/**
 * A last resort at the codec boundary, on top of decoders that check what they read: whatever a
 * decoder throws that is not a ChatwireError becomes one (`invalid_request` for a request,
 * `upstream` for a response, an error part in a stream, a plain ChatError from `decodeError`),
 * with `code` {@link DECODER_FAULT_CODE} and the original as `cause`.
 */
export function guardCodec<C extends Codec<unknown, unknown>>(codec: C): C {
  return {
    ...codec,
    decodeRequest(body, context) {
      try {
        return codec.decodeRequest(body, context)
      } catch (error) {
        if (ChatwireError.isInstance(error)) throw error
        throw fault('invalid_request', 'The request body could not be decoded', error)
      }
    },
    decodeResponse(body) {
      try {
        return codec.decodeResponse(body)
      } catch (error) {
        if (ChatwireError.isInstance(error)) throw error
        throw fault('upstream', 'Upstream response could not be decoded', error)
      }
    },
    createStreamDecoder: (emit) =>
      guardStreamDecoder((inner) => codec.createStreamDecoder(inner), emit),
    decodeError(status, body, headers) {
      try {
        return codec.decodeError(status, body, headers)
      } catch {
        const text = typeof body === 'string' ? excerpt(body, UPSTREAM_MESSAGE_LENGTH).trim() : ''
        const kind = kindFromStatus(status)
        return { kind, status, code: DECODER_FAULT_CODE, message: text || `HTTP ${status}` }
      }
    },
  }
}
