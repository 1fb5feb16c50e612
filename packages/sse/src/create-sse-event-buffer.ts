import type { SseEvent } from '@chatwire/core'

/** The fields of the event being read, until its blank line dispatches it. */
export interface SseEventBuffer {
  addData(value: string): void
  setEventType(value: string): void
  /** Any field by name (WHATWG "process the field"); unknown names are ignored. */
  setField(field: string, value: string): void
  /** The blank line: dispatches the event if it had data, then starts a new one. */
  dispatch(): void
  /** Forgets the event being read. */
  reset(): void
  /** No field read since the last dispatch. */
  isEmpty(): boolean
}

/** `maxData` bounds the joined `data` of one event; `tooLarge` is called (and throws) past it. */
export function createSseEventBuffer(
  onEvent: (event: SseEvent) => void,
  onRetry: ((ms: number) => void) | undefined,
  maxData: number,
  tooLarge: () => never,
): SseEventBuffer {
  let data = ''
  let hasData = false
  let eventType: string | undefined
  let id: string | undefined
  let retry: number | undefined

  function addData(value: string): void {
    if (hasData && data.length + 1 + value.length > maxData) tooLarge()
    data = hasData ? `${data}\n${value}` : value
    hasData = true
  }

  /** An empty type is the default type: left out like an absent one. */
  function setEventType(value: string): void {
    eventType = value === '' ? undefined : value
  }

  function setField(field: string, value: string): void {
    if (field === 'event') setEventType(value)
    else if (field === 'data') addData(value)
    else if (field === 'id') {
      if (value.indexOf('\0') === -1) id = value
    } else if (field === 'retry' && isDigits(value)) {
      retry = Number(value)
      if (onRetry) onRetry(retry)
    }
  }

  function dispatch(): void {
    if (hasData) onEvent(toEvent(eventType, data, id, retry))
    reset()
  }

  function reset(): void {
    data = ''
    hasData = false
    eventType = undefined
    id = undefined
    retry = undefined
  }

  function isEmpty(): boolean {
    return !hasData && eventType === undefined && id === undefined && retry === undefined
  }

  return { addData, setEventType, setField, dispatch, reset, isEmpty }
}

function isDigits(value: string): boolean {
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** Literal shapes keep the common cases monomorphic for the consumer. */
function toEvent(
  eventType: string | undefined,
  data: string,
  id: string | undefined,
  retry: number | undefined,
): SseEvent {
  if (id === undefined && retry === undefined) {
    return eventType === undefined ? { data } : { event: eventType, data }
  }
  const event: SseEvent = eventType === undefined ? { data } : { event: eventType, data }
  if (id !== undefined) event.id = id
  if (retry !== undefined) event.retry = retry
  return event
}
