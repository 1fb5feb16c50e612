import type { ChatError, Codec } from '@chatwire/core'
import { chatResponseValidator } from '@chatwire/core'
import { isDeepEqual } from './is-deep-equal'
import { runCase, show } from './run-case'
import type { CaseOutcome, PortableFixtures } from './runtime-input'

// As the conformance kit: the fields of a decoded error that survive encode → decode.
const ERROR_FIELDS = ['kind', 'status', 'message', 'param', 'code', 'type'] as const

/** The fields the original error knew (an encoder may add a default it lacked). */
const pick = (error: ChatError, known: ChatError) =>
  Object.fromEntries(
    ERROR_FIELDS.filter((field) => known[field] !== undefined).map((field) => [
      field,
      error[field],
    ]),
  )

/** Every response decodes to a valid canonical response that round-trips; every error too. */
export function runResponseCases(
  codec: Codec,
  { codec: dialect, responses, errors }: PortableFixtures,
): Promise<CaseOutcome>[] {
  const decoded = responses.map(({ name, body }) =>
    runCase(`${dialect} response ${name}`, (check) => {
      const response = codec.decodeResponse(body)
      check(chatResponseValidator.check(response), () =>
        show(chatResponseValidator.firstProblem(response)),
      )
      const encoded = codec.encodeResponse(response)
      check(encoded.losses.length === 0, () => `losses: ${show(encoded.losses)}`)
      const again = codec.decodeResponse(encoded.body)
      check(isDeepEqual(again, response), () => `decode(encode(response)): ${show(again)}`)
      return { response, encoded }
    }),
  )
  const failed = errors.map(({ name, status, headers, body }) =>
    runCase(`${dialect} error ${name}`, (check) => {
      const error = codec.decodeError(status, body, headers)
      check(error.status >= 400, () => `status ${error.status}`)
      check(error.message.length > 0, () => 'empty message')
      const encoded = codec.encodeError(error)
      const again = codec.decodeError(encoded.status, encoded.body, encoded.headers)
      check(isDeepEqual(pick(again, error), pick(error, error)), () => `again: ${show(again)}`)
      return { error, encoded }
    }),
  )
  return [...decoded, ...failed]
}
