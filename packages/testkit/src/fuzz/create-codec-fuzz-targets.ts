import {
  type ChatStreamPart,
  type Codec,
  chatRequestValidator,
  chatResponseValidator,
  chatStreamPartValidator,
  type SseEvent,
  type WireContext,
} from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import type { Fixtures } from '../load-fixtures'
import { describeInvalid, describeStreamParts, describeThrown } from './check-fuzz-outcome'
import type { Random } from './create-random'
import type { FuzzCaseResult, FuzzTarget } from './fuzz-target'
import { randomJson, randomString, stringify } from './generate-random-json'
import { mutateJson } from './mutate-json'
import { mutateEvents } from './mutate-sse-events'
import { mutateText } from './mutate-text'

const json = (value: unknown) => stringify(value)?.slice(0, 4000) ?? '(a value too deep to print)'

function parseEvents(bytes: Uint8Array): SseEvent[] {
  const events: SseEvent[] = []
  const parser = createSseParser({ onEvent: (event) => events.push(event) })
  parser.feed(bytes)
  parser.end()
  return events
}

/** Runs `decode`; a returned value is checked by `check`, a throw must be a clean ChatwireError. */
function outcome(
  decode: () => unknown,
  check: (value: unknown) => string | undefined,
  input: () => string,
): FuzzCaseResult {
  let problem: string | undefined
  try {
    problem = check(decode())
  } catch (thrown) {
    problem = describeThrown(thrown)
  }
  return { problem, describeInput: input }
}

const RETRY_AFTER = [
  '5',
  '-1',
  'soon',
  '1e400',
  'Wed, 21 Oct 2015 07:28:00 GMT',
  '',
  '9'.repeat(400),
]

/**
 * Fuzz targets for one codec: `decodeRequest` (over `contexts`, e.g. a dialect's products),
 * `decodeResponse`, `decodeError` and the stream decoder, each mutating the codec's own
 * fixtures (and now and then decoding random JSON instead).
 */
export function createCodecFuzzTargets(
  codec: Codec,
  fixtures: Fixtures,
  name: string = codec.dialect,
): FuzzTarget[] {
  const requests = [...fixtures.requests, ...fixtures.invalid]
  const streams = fixtures.streams.map((stream) => parseEvents(stream.bytes))
  const streamTexts = fixtures.streams.map((stream) => new TextDecoder().decode(stream.bytes))
  const pickBody = (random: Random, bodies: unknown[]) =>
    bodies.length === 0 || random.chance(0.05)
      ? randomJson(random)
      : mutateJson(random, random.pick(bodies))

  const decodeRequest: FuzzTarget = {
    name: `${name}.decodeRequest`,
    run(random) {
      const fixture = requests.length > 0 ? random.pick(requests) : undefined
      const body = fixture ? mutateJson(random, fixture.body) : randomJson(random)
      const context: WireContext | undefined = fixture?.context
      return outcome(
        () => codec.decodeRequest(body, context),
        (request) => describeInvalid(chatRequestValidator, request),
        () => json({ body, context }),
      )
    },
  }

  const responseBodies = [
    ...fixtures.responses.map((response) => response.body),
    ...streams.flatMap((events) =>
      events
        .map((event) => event.data)
        .filter(isJsonText)
        .map((data) => JSON.parse(data)),
    ),
  ]
  const decodeResponse: FuzzTarget = {
    name: `${name}.decodeResponse`,
    run(random) {
      const body =
        streamTexts.length > 0 && random.chance(0.1)
          ? mutateText(random, random.pick(streamTexts))
          : pickBody(random, responseBodies)
      return outcome(
        () => codec.decodeResponse(body),
        (response) => describeInvalid(chatResponseValidator, response),
        () => json(body),
      )
    },
  }

  const decodeError: FuzzTarget = {
    name: `${name}.decodeError`,
    run(random) {
      const fixture = random.pick(fixtures.errors)
      const status = random.chance(0.7) ? fixture.status : 400 + random.int(200)
      let body = isJsonText(fixture.body)
        ? (stringify(mutateJson(random, JSON.parse(fixture.body))) ?? fixture.body)
        : mutateText(random, fixture.body)
      if (random.chance(0.05)) body = `${'x'.repeat(300_000)}${body}`
      if (random.chance(0.1)) body = randomString(random)
      const headers = { ...fixture.headers }
      if (random.chance(0.3)) headers['retry-after'] = random.pick(RETRY_AFTER)
      if (random.chance(0.1)) headers['retry-after-ms'] = random.pick(RETRY_AFTER)
      return outcome(
        () => codec.decodeError(status, body, headers),
        () => undefined,
        () => json({ status, headers, body }),
      )
    },
  }

  const decodeStream: FuzzTarget = {
    name: `${name}.streamDecoder`,
    run(random) {
      const events = mutateEvents(random, streams.length > 0 ? random.pick(streams) : [])
      const parts: ChatStreamPart[] = []
      return outcome(
        () => {
          const decoder = codec.createStreamDecoder((part) => parts.push(part))
          for (const event of events) decoder.push(event)
          decoder.end()
          return parts
        },
        () => describeStreamParts(parts, chatStreamPartValidator),
        () => json(events),
      )
    },
  }

  return [decodeRequest, decodeResponse, decodeError, decodeStream]
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
