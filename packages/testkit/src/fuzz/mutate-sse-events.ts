import type { SseEvent } from '@chatwire/core'
import type { Random } from './create-random'
import { randomJson, stringify } from './generate-random-json'
import { mutateJson } from './mutate-json'
import { mutateText } from './mutate-text'

const EVENT_NAMES = [undefined, 'message', 'error', 'token', 'tool_status', 'constructor', 'x']

function mutateData(random: Random, data: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(data)
  } catch {
    return mutateText(random, data)
  }
  return stringify(mutateJson(random, parsed)) ?? data
}

function mutateEvent(random: Random, event: SseEvent): SseEvent {
  const mutated: SseEvent = { ...event }
  if (random.chance(0.8)) mutated.data = mutateData(random, event.data)
  if (random.chance(0.15)) {
    const name = random.pick(EVENT_NAMES)
    if (name === undefined) delete mutated.event
    else mutated.event = name
  }
  return mutated
}

/** A copy of a decoded event list with events changed, dropped, repeated, added or cut off. */
export function mutateEvents(random: Random, base: readonly SseEvent[]): SseEvent[] {
  const events = [...base]
  const count = 1 + random.int(3)
  for (let i = 0; i < count; i++) {
    const at = random.int(events.length + 1)
    const existing = events[Math.min(at, events.length - 1)]
    switch (random.int(6)) {
      case 0:
      case 1:
      case 2:
        if (existing) events[Math.min(at, events.length - 1)] = mutateEvent(random, existing)
        break
      case 3:
        events.splice(at, 1)
        break
      case 4:
        if (existing) events.splice(at, 0, mutateEvent(random, existing))
        break
      default: {
        const data = random.chance(0.5) ? (stringify(randomJson(random)) ?? '[]') : '[DONE]'
        const name = random.pick(EVENT_NAMES)
        events.splice(at, 0, name === undefined ? { data } : { event: name, data })
      }
    }
  }
  if (random.chance(0.1)) events.length = random.int(events.length + 1)
  return events
}
