import { ChatwireError, excerpt } from '@chatwire/core'
import { ELASTIC_TIME_VALUE_PATTERN } from '../schema/elastic-chat-request-context'

const TIME_VALUE = new RegExp(ELASTIC_TIME_VALUE_PATTERN)

/** The `timeout` query parameter, checked as ES parses a `TimeValue` (400 `parse_exception`). */
export function decodeElasticTimeout(timeout: string | undefined): string | undefined {
  if (timeout === undefined || TIME_VALUE.test(timeout)) return timeout
  throw new ChatwireError({
    kind: 'invalid_request',
    status: 400,
    code: 'bad_request',
    type: 'parse_exception',
    message: `failed to parse setting [timeout] with value [${excerpt(timeout)}] as a time value: unit is missing or unrecognized`,
    param: 'timeout',
  })
}
