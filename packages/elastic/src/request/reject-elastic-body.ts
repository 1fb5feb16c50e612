import type { ChatwireError } from '@chatwire/core'
import { elasticEnvelopeError } from './elastic-request-error'

/**
 * The answer Elasticsearch's REST layer gives a body that is not JSON at all, before any parser
 * of the inference plugin runs: a missing body is `parse_exception` "request body is required"
 * (`RestRequest.requiredContent`); malformed JSON is `x_content_parse_exception` (Jackson's error
 * translated by `JsonXContentParser`), both in ES's standard JSON envelope with status 400.
 * Jackson's own wording of the syntax error is not reproduced: the reason names the path.
 */
export function rejectElasticBody(text: string, path: string): ChatwireError {
  if (text.trim() === '')
    return elasticEnvelopeError({ type: 'parse_exception', reason: 'request body is required' })
  return elasticEnvelopeError({
    type: 'x_content_parse_exception',
    reason: `[1:1] Failed to parse the request body of [${path}]: not valid JSON`,
  })
}
