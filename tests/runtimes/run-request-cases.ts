import { ChatwireError, type Codec, chatRequestValidator } from '@chatwire/core'
import { isDeepEqual } from './is-deep-equal'
import { runCase, show } from './run-case'
import type { CaseOutcome, PortableFixtures } from './runtime-input'

/**
 * Every request fixture decodes to a valid canonical request that survives encode → decode with
 * no loss; every invalid one is refused with its status and field, in the dialect's envelope.
 */
export function runRequestCases(
  codec: Codec,
  { codec: dialect, requests, invalid }: PortableFixtures,
): Promise<CaseOutcome>[] {
  const decoded = requests.map(({ name, body, context }) =>
    runCase(`${dialect} request ${name}`, (check) => {
      const request = codec.decodeRequest(body, context)
      check(chatRequestValidator.check(request), () =>
        show(chatRequestValidator.firstProblem(request)),
      )
      const encoded = codec.encodeRequest(request)
      check(encoded.losses.length === 0, () => `losses: ${show(encoded.losses)}`)
      const again = codec.decodeRequest(encoded.body, encoded.context)
      check(isDeepEqual(again, request), () => `decode(encode(request)): ${show(again)}`)
      const streamed = codec.encodeRequest(request, { stream: true })
      return { request, encoded, streamed: streamed.body }
    }),
  )
  const refused = invalid.map(({ name, body, context, status, param }) =>
    runCase(`${dialect} invalid ${name}`, (check) => {
      let thrown: unknown
      try {
        codec.decodeRequest(body, context)
      } catch (error) {
        thrown = error
      }
      if (!ChatwireError.isInstance(thrown)) throw new Error(`not refused: ${show(thrown)}`)
      const error = thrown.toJSON()
      check(error.status === status, () => `status ${error.status}, not ${status}`)
      if (param !== undefined) check(error.param === param, () => `param ${error.param}`)
      const encoded = codec.encodeError(error)
      check(encoded.status === status, () => `encoded status ${encoded.status}`)
      const again = codec.decodeError(encoded.status, encoded.body, encoded.headers)
      check(again.kind === error.kind, () => `decoded kind ${again.kind}, not ${error.kind}`)
      if (param !== undefined) check(again.param === param, () => `decoded param ${again.param}`)
      return { error, encoded, again }
    }),
  )
  return [...decoded, ...refused]
}
