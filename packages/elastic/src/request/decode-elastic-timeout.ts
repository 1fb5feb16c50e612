import { excerpt } from '@chatwire/core'
import { ELASTIC_TIME_VALUE_PATTERN } from '../schema/elastic-chat-request-context'
import { elasticEnvelopeError } from './assert-elastic-errors'

const TIME_VALUE = new RegExp(ELASTIC_TIME_VALUE_PATTERN)

/** The `timeout` query parameter, checked as ES parses a `TimeValue` (400 `parse_exception`). */
export function decodeElasticTimeout(timeout: string | undefined): string | undefined {
  if (timeout === undefined || TIME_VALUE.test(timeout)) return timeout
  // `TimeValue.parseTimeValue` throws an ElasticsearchParseException in the REST handler.
  const reason = `failed to parse setting [timeout] with value [${excerpt(timeout)}] as a time value: unit is missing or unrecognized`
  throw elasticEnvelopeError({ type: 'parse_exception', reason }, 'timeout')
}
