import type { SseEvent, SseFraming } from '@chatwire/core'
import { prefixLines } from './prefix-lines'

/**
 * One event as SSE text: `event`, `data` (one line per line of data), `id`, `retry`, then a
 * blank line; with `framing.bomPerEvent` a U+FEFF first, as some servers write
 * (reference/wire-formats.md §3.4). An empty `event` is left out: parsers read it as absent.
 * Throws a TypeError for values no parser could read back (a line break in `event` or `id`,
 * NUL in `id`, a `retry` that is not a whole number ≥ 0).
 */
export function formatSseEvent(event: SseEvent, framing?: SseFraming): string {
  let out = framing?.bomPerEvent ? '\uFEFF' : ''
  if (event.event !== undefined && event.event !== '') {
    assertSingleLine('event', event.event)
    out += `event: ${event.event}\n`
  }
  out += prefixLines('data: ', event.data)
  if (event.id !== undefined) {
    assertSingleLine('id', event.id)
    if (event.id.indexOf('\0') !== -1) throw new TypeError('SSE id must not contain NUL')
    out += `id: ${event.id}\n`
  }
  if (event.retry !== undefined) {
    if (!Number.isSafeInteger(event.retry) || event.retry < 0) {
      throw new TypeError(`SSE retry must be a whole number of milliseconds ≥ 0: ${event.retry}`)
    }
    out += `retry: ${event.retry}\n`
  }
  return `${out}\n`
}

function assertSingleLine(field: string, value: string): void {
  if (value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1) {
    throw new TypeError(`SSE ${field} must not contain CR or LF: ${JSON.stringify(value)}`)
  }
}
