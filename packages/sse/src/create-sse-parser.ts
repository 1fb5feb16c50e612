import { ChatwireError, type SseEvent } from '@chatwire/core'
import { createSseEventBuffer } from './create-sse-event-buffer'
import { createUtf8ChunkDecoder } from './create-utf8-chunk-decoder'

export interface SseParserOptions {
  /** One dispatched event: `event` and `id` only when that event's own lines set them. */
  onEvent(event: SseEvent): void
  /** A comment line (`:` first), without the colon and one optional space. */
  onComment?(comment: string): void
  /** A valid `retry:` field (ASCII digits only), as soon as its line is read. */
  onRetry?(ms: number): void
  /**
   * The most one line, or the `data` of one event, may hold, in UTF-16 code units of decoded
   * text (= bytes for ASCII; at most 3 bytes each for any UTF-8). Past it, `feed()` throws a
   * ChatwireError `{kind: 'upstream', code: 'sse_event_too_large'}` as soon as the excess is
   * read, without waiting for the line's end. Default: unlimited.
   */
  maxEventBytes?: number
}

/** The handlers of {@link SseParserOptions}; the name predates the limit option. */
export type SseParserHandlers = SseParserOptions

/** What `feed()` throws for an event larger than `maxEventBytes`. */
export function sseEventTooLarge(maxEventBytes: number): ChatwireError {
  return new ChatwireError({
    kind: 'upstream',
    code: 'sse_event_too_large',
    message: `An SSE event exceeded ${maxEventBytes} bytes`,
  })
}

export interface SseParser {
  /** Bytes are decoded as UTF-8 across calls; a string is taken as already decoded text. */
  feed(chunk: Uint8Array | string): void
  /**
   * The stream ended: an unterminated last line and an event without its blank line are
   * discarded (WHATWG: "If the file ends in the middle of an event … it is not dispatched").
   * The parser is then reset and can read a new stream.
   */
  end(): void
}

const LF = 10
const CR = 13
const SPACE = 32
const COLON = 58
const BOM = 0xfeff
const D = 100
const E = 101

/**
 * A synchronous WHATWG Server-Sent Events parser. One deliberate extension: a U+FEFF is stripped
 * at the start of every line, not only of the stream, because some servers write a BOM before
 * every event (reference/wire-formats.md §2 item 3).
 */
export function createSseParser(options: SseParserOptions): SseParser {
  const { onEvent, onComment, onRetry } = options
  const limit = options.maxEventBytes ?? Number.POSITIVE_INFINITY
  const decoder = createUtf8ChunkDecoder()
  let pending = ''
  let skipLeadingLF = false
  /** The next CR at or after the line being read, -1 when the text has no more. */
  let nextCR = -1
  const event = createSseEventBuffer(onEvent, onRetry, limit, () => tooLarge())

  /** Forgets the stream read so far (the caller aborts it) and throws. */
  function tooLarge(): never {
    end()
    throw sseEventTooLarge(limit)
  }

  function feed(chunk: Uint8Array | string): void {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk)
    let start = 0
    if (skipLeadingLF && text.length > 0) {
      skipLeadingLF = false
      if (text.charCodeAt(0) === LF) start = 1
    }
    nextCR = text.indexOf('\r', start)
    if (pending !== '') {
      const end = findLineEnd(text, start)
      if (end === -1) {
        // Checked on every read, so a line without end fails once past the limit, unbuffered.
        if (pending.length + text.length - start > limit) tooLarge()
        pending += text.slice(start)
        return
      }
      if (pending.length + end - start > limit) tooLarge()
      const line = pending + text.slice(start, end)
      pending = ''
      readLine(line, 0, line.length)
      start = skipTerminator(text, end)
    }
    while (start < text.length) {
      const end = findLineEnd(text, start)
      if (end === -1) {
        if (text.length - start > limit) tooLarge()
        pending = text.slice(start)
        return
      }
      if (end - start > limit) tooLarge()
      if (isLoneDataEvent(text, start, end) && event.isEmpty()) {
        // Most events are one `data:` line and a blank line: dispatched without buffering.
        onEvent({ data: text.slice(valueStart(text, start + 5, end), end) })
        start = end + 2
        continue
      }
      readLine(text, start, end)
      start = skipTerminator(text, end)
    }
  }

  function findLineEnd(text: string, start: number): number {
    const lf = text.indexOf('\n', start)
    if (nextCR === -1) return lf
    if (nextCR < start) {
      nextCR = text.indexOf('\r', start)
      if (nextCR === -1) return lf
    }
    return lf !== -1 && lf < nextCR ? lf : nextCR
  }

  /** Past the CR, LF or CRLF at `end`; a CR last in the text may pair with an LF next time. */
  function skipTerminator(text: string, end: number): number {
    if (text.charCodeAt(end) === CR) {
      if (end + 1 === text.length) skipLeadingLF = true
      else if (text.charCodeAt(end + 1) === LF) return end + 2
    }
    return end + 1
  }

  function readLine(text: string, lineStart: number, end: number): void {
    let start = lineStart
    if (start < end && text.charCodeAt(start) === BOM) start++
    if (start === end) {
      event.dispatch()
      return
    }
    const first = text.charCodeAt(start)
    if (first === COLON) {
      if (onComment) onComment(text.slice(valueStart(text, start + 1, end), end))
      return
    }
    if (first === D && isField(text, start, 'data')) {
      event.addData(text.slice(valueStart(text, start + 5, end), end))
      return
    }
    if (first === E && isField(text, start, 'event')) {
      event.setEventType(text.slice(valueStart(text, start + 6, end), end))
      return
    }
    const colon = text.indexOf(':', start)
    const hasColon = colon !== -1 && colon < end
    const field = hasColon ? text.slice(start, colon) : text.slice(start, end)
    const value = hasColon ? text.slice(valueStart(text, colon + 1, end), end) : ''
    event.setField(field, value)
  }

  function end(): void {
    decoder.end() // what it held belongs to the discarded last line
    pending = ''
    skipLeadingLF = false
    event.reset()
  }

  return { feed, end }
}

/** After a colon: one optional space is not part of the value. */
function valueStart(text: string, start: number, end: number): number {
  return start < end && text.charCodeAt(start) === SPACE ? start + 1 : start
}

/** `data:…` ended by LF, then an empty line ended by LF. */
function isLoneDataEvent(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(end + 1) === LF &&
    text.charCodeAt(end) === LF &&
    text.charCodeAt(start) === D &&
    isField(text, start, 'data')
  )
}

/** Whether the line at `start` is `name:`…; the fast path for the fields every event has. */
function isField(text: string, start: number, name: string): boolean {
  for (let index = 1; index < name.length; index++) {
    if (text.charCodeAt(start + index) !== name.charCodeAt(index)) return false
  }
  return text.charCodeAt(start + name.length) === COLON
}
